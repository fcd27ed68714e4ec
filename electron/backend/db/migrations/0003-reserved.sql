-- Reserved: migration 0003 belongs to another branch and replaces this file at merge.
-- Empty here only so that 0004-perf-indexes.sql applies in sequence on the perf branch.
SELECT 1;
