import * as z from "zod/mini";

/**
 * JSON Schema of a shared core/ schema, for the OpenAPI document. `io: "input"`
 * describes what clients send; refinements that JSON Schema can't express
 * (SSN rules, postal codes per country) stay in the prose and in the 422s.
 */
export function jsonSchemaOf(schema: z.ZodMiniType, io: "input" | "output" = "input"): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "openapi-3.0" }) as Record<string, unknown>;
  return rest;
}
