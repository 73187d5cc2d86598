// Logger and console: the lines an execution writes to its log (Cloud Logging on Google).
import { format } from 'node:util';
import type { Execution } from '../execution';

/** The global `Logger` of one execution. */
export function createLogger(exec: Execution) {
  let lines: string[] = [];
  return {
    log(message: unknown, ...values: unknown[]) {
      exec.enter('Logger.log', 'basic');
      const line = format(String(message), ...values);
      lines.push(line);
      exec.logs.push(line);
    },
    getLog: () => lines.join('\n'),
    clear: () => {
      lines = [];
    },
    toString: () => 'Logger',
  };
}

/** The global `console` of one execution: lines go to the execution log (Cloud Logging on Google). */
export function createConsole(exec: Execution) {
  const write =
    (level: string) =>
    (...values: unknown[]) => {
      exec.logs.push(`${level}: ${format(...values)}`);
    };
  return {
    log: write('INFO'),
    info: write('INFO'),
    warn: write('WARNING'),
    error: write('ERROR'),
    debug: write('DEBUG'),
  };
}
