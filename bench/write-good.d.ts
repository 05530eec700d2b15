// write-good ships no types; the benchmark needs only its one function.
declare module 'write-good' {
  export default function writeGood(text: string): { index: number; offset: number; reason: string }[];
}
