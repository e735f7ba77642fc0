import type { Renderer } from '../types.js';
export const aknRenderer: Renderer = { id: 'akn', extension: 'akn.xml', mediaType: 'application/akn+xml', description: '', render: () => Promise.resolve(new Uint8Array()) };
