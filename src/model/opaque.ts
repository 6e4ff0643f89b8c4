/**
 * A value in a document that is not JSON data (an accessor property, an
 * empty array slot, …), kept only for its description: the validator
 * reports it as a wrong type rather than reading it.
 */
export class Opaque {
  constructor(readonly description: string) {}
}
