/**
 * Preloaded (`--require tsx/cjs --require blockNetwork.ts`) into a child process and, through
 * the execArgv worker threads inherit, into every worker thread it starts: any attempt to reach
 * the network is written to stderr and fails.
 */
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { threadId } from 'node:worker_threads';

function refuse(what: string): never {
  process.stderr.write(`NETWORK ATTEMPT (${what}) in thread ${threadId}\n`);
  throw new Error(`network blocked: ${what}`);
}

// eslint-disable-next-line @typescript-eslint/unbound-method -- re-applied with its own `this` below
const connect = net.Socket.prototype.connect;
// A local socket (a path: tsx's IPC with its parent) is not the network; TCP is.
net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
  const [first] = args;
  const options: unknown = Array.isArray(first) ? first[0] : first;
  const local =
    (typeof options === 'string' && !/^\d+$/.test(options)) ||
    (typeof options === 'object' && options !== null && 'path' in options);
  if (local) return (connect as (...rest: unknown[]) => net.Socket).apply(this, args);
  return refuse(`net.connect ${JSON.stringify(options)}`);
};
Object.assign(dns, { lookup: () => refuse('dns.lookup') });
Object.assign(http, { request: () => refuse('http.request'), get: () => refuse('http.get') });
Object.assign(https, { request: () => refuse('https.request'), get: () => refuse('https.get') });
globalThis.fetch = () => refuse('fetch');
process.stderr.write(`network blocked in thread ${threadId}\n`);
