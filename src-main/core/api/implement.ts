import type { Contract, Endpoint, OutputOf, ParsedInputOf } from '../../shared/api/endpoint'

/** A method with nothing to return may return nothing; the backend sends null. */
type HandlerOutput<E extends Endpoint> = [OutputOf<E>] extends [null] ? void | null : OutputOf<E>

/** The core's side of one method: it gets the input already parsed by the contract's schema. */
export type Handler<E extends Endpoint> = (input: ParsedInputOf<E>) => HandlerOutput<E> | Promise<HandlerOutput<E>>

export type Implementation<C extends Contract> = { [Name in keyof C]: Handler<C[Name]> }

/** A feature's handlers, checked against its contract: every method implemented, nothing extra, outputs as promised. */
export function implement<C extends Contract>(_contract: C, handlers: Implementation<C>): Implementation<C> {
  return handlers
}
