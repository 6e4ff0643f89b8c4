// The `edtf` package ships no types; the oracle test needs only this much.
declare module 'edtf' {
  /** An EDTF.js value: `min` and `max` are UTC millisecond timestamps (±Infinity for open ends). */
  interface EdtfValue {
    readonly min: number;
    readonly max: number;
    readonly edtf: string;
    readonly type: string;
  }
  /** Parses an EDTF string; throws on anything it rejects. */
  function edtf(text: string): EdtfValue;
  export default edtf;
}
