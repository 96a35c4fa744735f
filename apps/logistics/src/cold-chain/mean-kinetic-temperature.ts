/**
 * Mean kinetic temperature (MKT): the single constant temperature that would age a product as much
 * as the varying temperatures it went through (Haynes 1971; USP <1079.2>, ICH Q1A):
 *
 *   MKT = (ΔH/R) / −ln( Σ e^(−ΔH/(R·T_i)) / n )      T in kelvin
 *
 * with the conventional activation energy ΔH = 83.144 kJ/mol and R = 8.314 J/(mol·K). Warm spells
 * weigh more than cold ones, so MKT is never below the arithmetic mean.
 */
export const ACTIVATION_ENERGY_J_PER_MOL = 83_144;
export const GAS_CONSTANT_J_PER_MOL_K = 8.314;
const ACTIVATION_OVER_R = ACTIVATION_ENERGY_J_PER_MOL / GAS_CONSTANT_J_PER_MOL_K;
const KELVIN = 273.15;

/** One reading's term of the sum, e^(−ΔH/(R·T)); sums of these can be kept and extended. */
export function arrheniusTerm(temperatureC: number): number {
  return Math.exp(-ACTIVATION_OVER_R / (temperatureC + KELVIN));
}

/** MKT in °C from the sum of arrheniusTerm over n readings; null without readings. */
export function meanKineticTemperatureFromSum(sum: number, n: number): number | null {
  if (n === 0 || sum <= 0) return null;
  return ACTIVATION_OVER_R / -Math.log(sum / n) - KELVIN;
}

/** MKT in °C of a series of readings (each weighs the same); null without readings. */
export function meanKineticTemperature(temperaturesC: readonly number[]): number | null {
  const sum = temperaturesC.reduce((total, temperature) => total + arrheniusTerm(temperature), 0);
  return meanKineticTemperatureFromSum(sum, temperaturesC.length);
}
