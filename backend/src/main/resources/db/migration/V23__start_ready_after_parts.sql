-- When a safety-critical order could start, if not at its approval: the arrival of the parts it waited for before its
-- repair began, whether it waited approved or already dispatched. The safety-start limit counts from here (the dispatch
-- limit keeps counting from work_ready_at, set only when the wait ended before the dispatch), so an order dispatched,
-- then kept two days waiting for a part, is not "safety work not started" the moment the part arrives.
alter table repair_order add column start_ready_at timestamptz;
update repair_order set start_ready_at = work_ready_at where work_ready_at is not null;
