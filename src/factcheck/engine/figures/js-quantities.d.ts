/** The part of js-quantities the engine uses (the package ships no types). */
declare module 'js-quantities' {
  interface Quantity {
    scalar: number
    to(unit: string): Quantity
    kind(): string
  }
  function Qty(value: number, unit: string): Quantity
  export default Qty
}
