import { describe, expect, it } from '@jest/globals'
import { readNumber } from '../../../src/engine/read/numbers.js'

describe('readNumber', () => {
  it.each([
    [20, 20],
    [0, 0],
    [-5, -5],
    ['12.5', 12.5],
    ['0.000045', 0.000045],
    ['4.5e-05', 0.000045],
    [' 7 ', 7],
    ['.5', 0.5]
  ])('%j → %j', (value, number) => {
    expect(readNumber(value)).toBe(number)
  })

  it.each([
    ['  '],
    [''],
    ['0x10'],
    ['0b11'],
    ['0o17'],
    ['1e999'],
    ['-1e999'],
    [null],
    [undefined],
    [-0],
    ['-0'],
    ['-0.0'],
    ['Infinity'],
    ['-Infinity'],
    ['NaN'],
    [Infinity],
    [NaN],
    ['1_000'],
    ['1,000'],
    ['$5'],
    ['12abc'],
    [true],
    [false],
    ['true'],
    [[]],
    [[5]],
    [{}]
  ])('%j is unknown', value => {
    expect(readNumber(value)).toBeNull()
  })
})
