// Types for scripts/serve.mjs, which the browser tests import.
export declare const contentSecurityPolicy: string;
export declare const vendorPackages: readonly string[];
export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}
export declare function startServer(options?: { port?: number; host?: string }): Promise<RunningServer>;
