// The loader host pages include next to a figure's iframe (see src/lib/monitor/README.md).
import type { APIRoute } from 'astro';
import loader from '../../lib/monitor/loader.js?raw';

export const GET: APIRoute = () => new Response(loader, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
