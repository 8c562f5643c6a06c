/** The slice of autocannon's API the benchmarks use (the package ships no types). */
declare module "autocannon" {
  type Request = { method?: string; path?: string; body?: string; headers?: Record<string, string>; setupRequest?: (req: Request) => Request };
  type Options = { url: string; connections?: number; duration?: number; amount?: number; headers?: Record<string, string>; requests?: Request[] };
  type Histogram = { average: number; mean: number; p50: number; p99: number; max: number };
  export type Result = { requests: Histogram & { total: number }; latency: Histogram; errors: number; non2xx: number; "2xx": number };
  export default function autocannon(options: Options): Promise<Result>;
}
