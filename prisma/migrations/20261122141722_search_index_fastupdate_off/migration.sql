-- Catalog writes are rare (versions, imports) while searches are constant. With fastupdate a bulk import
-- leaves new rows in the GIN pending list, which the planner then avoids until autovacuum runs, so
-- searches right after an import fall back to sequential scans. Without it every row is indexed at once.
-- (No semicolons in comments: the migration runner splits statements on them.)
ALTER INDEX "Matter_searchTokens_idx" SET (fastupdate = off);
