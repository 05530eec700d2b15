// Reads a V8 .cpuprofile (node --cpu-prof) and lists the functions by their own (self) time.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
}

export function topFunctions(path: string, count = 12): { name: string; share: number }[] {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as Profile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  for (const sample of profile.samples) {
    const frame = nodes.get(sample)?.callFrame;
    const name = frame ? `${frame.functionName || '(anonymous)'} ${frame.url.split('/').slice(-1)[0]}:${frame.lineNumber + 1}` : '?';
    self.set(name, (self.get(name) ?? 0) + 1);
  }
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, samples]) => ({ name, share: samples / profile.samples.length }));
}

if (require.main === module) {
  for (const path of process.argv.slice(2)) {
    console.log(path);
    for (const { name, share } of topFunctions(path)) console.log(`  ${(share * 100).toFixed(1).padStart(5)}%  ${name}`);
  }
}
