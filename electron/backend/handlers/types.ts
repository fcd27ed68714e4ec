import type { Api, Method, Result } from '../../../shared/contract/index.js';
import type { ParsedInputOf } from '../../../shared/contract/group.js';
import type { Services } from '../services/index.js';

/** A handler gets input already validated by the contract's schema and returns plain data. */
export type Handler<M extends Method> = (input: ParsedInputOf<Api[M]>, services: Services) => Result<M> | Promise<Result<M>>;

export type Handlers<G> = { [M in keyof G & Method]: Handler<M> };
