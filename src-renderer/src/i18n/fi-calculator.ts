export const fiCalculator = {}
