export function chromiumPath(): string;
export function extensionArgs(dist: string): string[];
