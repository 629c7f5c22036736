-- One database per service, owned by a user of the same name (demo passwords = names; see docs/CONTRACT.md).
-- Each service creates its own tables with Flyway; this only makes the empty databases.
-- Run once by the postgres image on an empty data directory (/docker-entrypoint-initdb.d).

CREATE USER indicators WITH PASSWORD 'indicators';
CREATE DATABASE indicators OWNER indicators ENCODING 'UTF8';

CREATE USER budget WITH PASSWORD 'budget';
CREATE DATABASE budget OWNER budget ENCODING 'UTF8';

CREATE USER reporting WITH PASSWORD 'reporting';
CREATE DATABASE reporting OWNER reporting ENCODING 'UTF8';
