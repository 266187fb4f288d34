// write-good ships no types; this is the part of its API the benchmark uses.
declare module 'write-good' {
  export default function writeGood(text: string): { index: number; offset: number; reason: string }[];
}

// crx3 ships no types; this is the part of its API scripts/release.ts uses.
declare module 'crx3' {
  export interface Crx3Options {
    keyPath: string;
    crxPath: string;
    zipPath?: string;
    xmlPath?: string;
    crxURL?: string;
    appVersion?: string;
    browserVersion?: string;
  }
  export default function crx3(files: string[], options: Crx3Options): Promise<unknown>;
}
