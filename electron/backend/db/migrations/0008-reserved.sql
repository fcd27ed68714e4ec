-- Reserved: another branch's migration takes this number (the coordinator assigned 0009 to the
-- field-keys migration). This placeholder only keeps the numbers contiguous on this branch;
-- replace it with the real 0008 at merge.
SELECT 1;
