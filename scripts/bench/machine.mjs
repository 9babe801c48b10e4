// The machine the figures come from: they mean little without it.
import { cpus, totalmem } from 'node:os';

export function machine() {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    ramGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
  };
}
