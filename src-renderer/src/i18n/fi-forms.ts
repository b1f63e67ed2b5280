export const fiForms = {}
