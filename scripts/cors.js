// Browser origins allowed to call the HTTP API and to fetch the bucket's presigned result/export URLs, from the
// `corsOrigins` stage param: comma-separated (`--param="corsOrigins=https://a.example,https://b.example"`),
// '*' for any origin, '' for none (prod's default: a server-side client needs no CORS).
// serverless.yml reads it as ${file(./scripts/cors.js):origins} and ${file(./scripts/cors.js):bucket}.
'use strict';

const parse = (raw) =>
  String(raw == null ? '' : raw)
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);

const originsOf = async (resolveVariable) => parse(await resolveVariable('param:corsOrigins'));

module.exports.origins = async ({ resolveVariable }) => originsOf(resolveVariable);

// The bucket's CorsConfiguration: only GET/HEAD of objects (presigned URLs), only from the allowed origins.
module.exports.bucket = async ({ resolveVariable }) => {
  const origins = await originsOf(resolveVariable);
  if (origins.length === 0) return { Ref: 'AWS::NoValue' };
  return {
    CorsRules: [
      {
        Id: 'PresignedReads',
        AllowedMethods: ['GET', 'HEAD'],
        AllowedOrigins: origins,
        ExposedHeaders: ['ETag', 'Content-Length', 'Content-Type'],
        MaxAge: 600,
      },
    ],
  };
};
