import {
  arrheniusTerm,
  meanKineticTemperature,
  meanKineticTemperatureFromSum,
} from './mean-kinetic-temperature';

describe('mean kinetic temperature', () => {
  it('matches a hand-computed value: three readings at 2 °C and one at 14 °C give 6.91 °C, not the mean of 5 °C', () => {
    // ΔH/R = 83 144 / 8.314 = 10 000.4811 K
    // 2 °C  = 275.15 K: e^(−10 000.4811 / 275.15) = e^(−36.345561) = 1.641812e−16
    // 14 °C = 287.15 K: e^(−10 000.4811 / 287.15) = e^(−34.826680) = 7.498340e−16
    // mean of the terms = (3 × 1.641812e−16 + 7.498340e−16) / 4 = 3.105944e−16; ln = −35.708044
    // MKT = 10 000.4811 / 35.708044 = 280.0624 K = 6.9124 °C
    expect(meanKineticTemperature([2, 2, 2, 14])).toBeCloseTo(6.9124, 3);
    expect(arrheniusTerm(2)).toBeCloseTo(1.641812e-16, 21);
  });

  it('is the temperature itself when it never changed', () => {
    expect(meanKineticTemperature(Array.from({ length: 50 }, () => 4))).toBeCloseTo(4, 9);
  });

  it('weighs warm spells more than cold ones, so it is never below the arithmetic mean', () => {
    expect(meanKineticTemperature([2, 4, 6, 8])).toBeCloseTo(5.3021, 3);
    expect(meanKineticTemperature([-20, -18, -25, -15])).toBeCloseTo(-18.6096, 3);
  });

  it('has no value without readings', () => {
    expect(meanKineticTemperature([])).toBeNull();
    expect(meanKineticTemperatureFromSum(0, 0)).toBeNull();
  });

  it('gives the same value from a running sum as from the whole series', () => {
    const temperatures = [3.1, 3.4, 5.2, 2.8, 4.0, 3.9];
    const sum = temperatures.reduce((total, t) => total + arrheniusTerm(t), 0);
    expect(meanKineticTemperatureFromSum(sum, temperatures.length)).toBeCloseTo(
      meanKineticTemperature(temperatures)!,
      12,
    );
  });
});
