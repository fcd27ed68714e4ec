// The shape every contract group follows: method name → zod input schema + result type.
// The result is a phantom (`{} as T`): it exists for the type checker only.
import type { z } from 'zod';

export interface MethodSpec<I extends z.ZodType = z.ZodType, R = unknown> {
  input: I;
  result: R;
}

export type ApiGroup = Record<string, MethodSpec>;

export type InputOf<S extends MethodSpec> = z.input<S['input']>;
export type ParsedInputOf<S extends MethodSpec> = z.output<S['input']>;
export type ResultOf<S extends MethodSpec> = S['result'];
