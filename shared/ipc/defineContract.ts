import type { z } from 'zod';
import type { Result } from '../errors';

/** Phantom marker carrying an output or event payload type; has no runtime content. */
export interface TypeMarker<T> {
  readonly __type?: T;
}
export const type = <T>(): TypeMarker<T> => ({});

export interface RouteDef<S extends z.ZodType = z.ZodType, O = unknown> {
  input: S;
  output: TypeMarker<O>;
}
export const route = <S extends z.ZodType, O>(def: RouteDef<S, O>): RouteDef<S, O> => def;

export type Routes = Record<`${string}.${string}`, RouteDef>;
export type Events = Record<`${string}.${string}`, TypeMarker<unknown>>;

export interface ContractDef<R extends Routes, E extends Events> {
  routes: R;
  events: E;
}
/** 'domain.verb' exactly: one dot (the client splits on it) and no domain named like the events API. */
type CheckedKeys<R> = {
  [K in keyof R]: K extends `${string}.${string}.${string}` | `events.${string}` ? never : R[K];
};
const KEY_SHAPE = /^(?!events\.)[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/;

export function defineContract<R extends Routes, E extends Events>(
  def: ContractDef<R & CheckedKeys<R>, E>,
): ContractDef<R, E> {
  for (const key of [...Object.keys(def.routes), ...Object.keys(def.events)]) {
    if (!KEY_SHAPE.test(key)) throw new Error(`Contract key "${key}" is not 'domain.verb'`);
  }
  return def;
}

/** The only place a channel name is spelled. */
export const channelOf = (key: string): string => `casefile:${key}`;
export const eventChannelOf = (key: string): string => `casefile:event:${key}`;

type Output<D> = D extends RouteDef<z.ZodType, infer O> ? O : never;
type ClientInput<D> = D extends RouteDef<infer S, unknown> ? z.input<S> : never;
type HandlerInput<D> = D extends RouteDef<infer S, unknown> ? z.output<S> : never;
export type PayloadOf<M> = M extends TypeMarker<infer T> ? T : never;

type DomainOf<K> = K extends `${infer D}.${string}` ? D : never;
type VerbOf<K, D extends string> = K extends `${D}.${infer V}` ? V : never;

type ClientCall<D> =
  undefined extends ClientInput<D>
    ? (input?: ClientInput<D>) => Promise<Result<Output<D>>>
    : (input: ClientInput<D>) => Promise<Result<Output<D>>>;

/** `api.cases.create(input)` for route 'cases.create'; every call resolves to a Result envelope. */
export type ApiOf<R extends Routes> = {
  [D in DomainOf<keyof R & string>]: {
    [K in keyof R & string as K extends `${D}.${string}` ? VerbOf<K, D> : never]: ClientCall<R[K]>;
  };
};

/** Exhaustive: a route without a handler is a compile error. */
export type HandlersOf<R extends Routes> = {
  [K in keyof R]: (input: HandlerInput<R[K]>) => Promise<Output<R[K]>> | Output<R[K]>;
};

export type Listener<T> = (payload: T) => void;
export type EventsApiOf<E extends Events> = {
  on<K extends keyof E & string>(event: K, listener: Listener<PayloadOf<E[K]>>): () => void;
};
