// write-good ships no types; this is the part of its API the benchmark uses.
declare module 'write-good' {
  export default function writeGood(text: string): { index: number; offset: number; reason: string }[];
}
