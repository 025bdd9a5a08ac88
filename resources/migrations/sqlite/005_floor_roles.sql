-- Version 5 is the PostgreSQL floor's roles, privileges and database functions
-- (postgresql/005_floor_roles.sql). SQLite has no roles: the embedded file is one workstation's,
-- protected by the operating system's file permissions and the app's own sign-in
-- (docs/database.md says what that does and does not protect). The version is kept so that
-- both dialects count their schema the same way.
SELECT 1;
