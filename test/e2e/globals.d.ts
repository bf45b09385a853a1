// Hooks the end-to-end tests install in the page.
declare global {
  interface Window {
    __reportCspViolation?: (text: string) => void;
    __pwned?: unknown;
    __realPut?: PropertyDescriptor;
  }
}

export {};
