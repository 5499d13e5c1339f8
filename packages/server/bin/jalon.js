#!/usr/bin/env node
// Jalon runs its TypeScript sources directly on Node 24 (type stripping).
await import('../src/cli.ts');
