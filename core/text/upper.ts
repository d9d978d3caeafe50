// Headers are upper-cased at render time; canonical text is stored mixed case.
export function upperVi(text: string): string {
  return text.toLocaleUpperCase('vi');
}
