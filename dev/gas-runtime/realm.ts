// A fresh V8 context per execution with only the globals Apps Script's V8 has, and a virtual Date.
import vm from 'node:vm';
import type { Execution, Realm } from './execution';

/**
 * Globals Node's vm contexts get from V8 that Apps Script does not offer: removed so that a bundle relying on
 * them fails here as it would there. (`URL`, `fetch`, timers, `TextEncoder`, `Buffer`, `process`, `require`
 * are Node/web additions and are absent from a bare vm context already.)
 */
const NOT_IN_APPS_SCRIPT = [
  'SharedArrayBuffer',
  'Atomics',
  'WebAssembly',
  'queueMicrotask',
  'structuredClone',
];

/** Replaces Date so that `new Date()` and `Date.now()` read the virtual clock; instances stay real Dates. */
const VIRTUAL_DATE = `
(function (RealDate, now) {
  function Date() {
    var args = Array.prototype.slice.call(arguments);
    if (!new.target) return new RealDate(now()).toString();
    if (args.length === 0) return Reflect.construct(RealDate, [now()], new.target);
    return Reflect.construct(RealDate, args, new.target);
  }
  Date.prototype = RealDate.prototype;
  Object.defineProperty(RealDate.prototype, 'constructor', { value: Date, writable: true, configurable: true });
  Date.now = function () { return now(); };
  Date.UTC = RealDate.UTC;
  Date.parse = RealDate.parse;
  globalThis.Date = Date;
})(globalThis.Date, globalThis.__virtualNow);
delete globalThis.__virtualNow;
`;

/** Creates the context of one execution and records its realm's constructors on the execution. */
export function createScriptContext(execution: Execution): vm.Context {
  const context = vm.createContext(
    { __virtualNow: () => execution.clock.now() },
    { name: 'apps-script-execution' },
  );
  vm.runInContext(VIRTUAL_DATE, context);
  for (const name of NOT_IN_APPS_SCRIPT) vm.runInContext(`delete globalThis.${name};`, context);
  execution.realm = vm.runInContext(
    '({ Error: Error, Date: Date, Array: Array, Object: Object })',
    context,
  ) as Realm;
  return context;
}

/** Copies a plain host value (JSON-like) into the script's realm, so `instanceof Array/Object` hold there. */
export function intoRealm<T>(context: vm.Context, value: T): T {
  if (value === undefined) return value;
  const json = JSON.stringify(value);
  return vm.runInContext(`JSON.parse(${JSON.stringify(json)})`, context) as T;
}
