import { readdirSync, readFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

const ticks = (stat: string, from: number, to: number) => (stat.split(') ')[1]?.split(' ') ?? []).slice(from, to).reduce((sum, f) => sum + Number(f), 0) / 100;

/**
 * CPU seconds of the child processes this process started (the Pagefind binary runs as one), as
 * last seen: Pagefind's service is killed at the end of its hook and never waited for, so its
 * time would count nowhere, not even in GNU time. Sampled every 100 ms while the build runs.
 */
const children = new Map<string, number>();
function sampleChildren() {
  try {
    for (const task of readdirSync('/proc/self/task')) {
      for (const pid of readFileSync(`/proc/self/task/${task}/children`, 'utf8').split(' ').filter(Boolean)) {
        // utime, stime, cutime, cstime (fields 14-17) in clock ticks, 100 a second on Linux.
        children.set(pid, ticks(readFileSync(`/proc/${pid}/stat`, 'utf8'), 11, 15));
      }
    }
  } catch {
    // Not Linux, or the child just ended: keep the last sample.
  }
}

/** This process's own CPU seconds so far plus its children's, as sampled. */
function cpuSeconds(): number {
  sampleChildren();
  const own = (() => {
    try {
      return ticks(readFileSync('/proc/self/stat', 'utf8'), 11, 13);
    } catch {
      const { user, system } = process.cpuUsage();
      return (user + system) / 1e6;
    }
  })();
  return own + [...children.values()].reduce((a, b) => a + b, 0);
}

/** Peak and current resident memory of this process, in MB (0 where /proc is missing). */
function memoryMb(): { peak: number; now: number } {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const kb = (key: string) => Number(status.match(new RegExp(`${key}:\\s+(\\d+)`))?.[1] ?? 0);
    return { peak: kb('VmHWM') / 1024, now: kb('VmRSS') / 1024 };
  } catch {
    return { peak: 0, now: process.memoryUsage.rss() / 1024 / 1024 };
  }
}

interface Phase {
  phase: string;
  wall: number;
  cpu: number;
  peakMb: number;
}

/**
 * With BUURKRACHT_PROFILE=1 (the bench sets it), wraps the site's integrations to log the wall
 * time, CPU time and memory of each build phase: start-up and config, content sync, Vite
 * bundle, page rendering with image optimisation, and each integration's `astro:build:done`.
 * Child processes count with the phase they ran in. The last line is JSON for
 * scripts/bench/scale.mjs, with `childCpu`, the child CPU time GNU time cannot see.
 * Without the variable it changes nothing.
 */
export function profiled(integrations: AstroIntegration[]): AstroIntegration[] {
  if (!process.env.BUURKRACHT_PROFILE) return integrations;
  setInterval(sampleChildren, 100).unref();
  const phases: Phase[] = [];
  const now = () => ({ wall: performance.timeOrigin + performance.now(), cpu: cpuSeconds(), peakMb: memoryMb().peak });
  // The process started before this module loaded: the first phase counts from there.
  let mark = { wall: performance.timeOrigin, cpu: 0, peakMb: 0 };
  let bundled: typeof mark | undefined;
  const end = (phase: string, at = now()) => {
    phases.push({ phase, wall: (at.wall - mark.wall) / 1000, cpu: at.cpu - mark.cpu, peakMb: at.peakMb });
    mark = at;
  };
  const wrap = (integration: AstroIntegration): AstroIntegration => {
    const done = integration.hooks['astro:build:done'];
    if (!done) return integration;
    return {
      ...integration,
      hooks: {
        ...integration.hooks,
        'astro:build:done': async (options) => {
          await done(options);
          end(integration.name.replace(/^buurkracht:/, ''));
        },
      },
    };
  };
  const first: AstroIntegration = {
    name: 'buurkracht:profile',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        end('start-up, config');
        // Every Vite environment (prerender, client) ends with closeBundle; the last one ends the bundling.
        const closeBundle = () => {
          bundled = now();
        };
        updateConfig({ vite: { plugins: [{ name: 'buurkracht:profile', apply: 'build', closeBundle }] } });
      },
      'astro:build:start': () => end('content sync, types'),
      'astro:build:generated': () => {
        if (bundled) end('Vite bundle', bundled);
        end('render pages, optimise images');
      },
    },
  };
  const last: AstroIntegration = {
    name: 'buurkracht:profile-end',
    hooks: {
      'astro:build:done': ({ logger }) => {
        for (const p of phases) {
          logger.info(`${p.phase}: ${p.wall.toFixed(1)} s wall, ${p.cpu.toFixed(1)} s CPU, peak ${Math.round(p.peakMb)} MB`);
        }
        // Children that ended were waited for and count in GNU time too (cutime); the rest do not.
        const reaped = (() => {
          try {
            return ticks(readFileSync('/proc/self/stat', 'utf8'), 13, 15);
          } catch {
            return 0;
          }
        })();
        const childCpu = [...children.values()].reduce((a, b) => a + b, 0);
        logger.info(JSON.stringify({ phases, childCpu, unreapedChildCpu: Math.max(0, childCpu - reaped) }));
      },
    },
  };
  return [first, ...integrations.map(wrap), last];
}
