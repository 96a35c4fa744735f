-- One database per service, and the console's sessions (used by docker-compose.yml; scripts/db.sh does
-- the same locally).
CREATE DATABASE harvest_catalog;
CREATE DATABASE harvest_orders;
CREATE DATABASE harvest_logistics;
CREATE DATABASE harvest_certification;
CREATE DATABASE harvest_monitoring;
CREATE DATABASE harvest_console;
