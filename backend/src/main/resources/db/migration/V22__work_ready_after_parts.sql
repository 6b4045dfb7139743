-- When an approved order could go to the workshop, if not at its approval: the arrival of the parts it waited for
-- before it was dispatched. The dispatch and safety-start limits count from here, so an order that waited two days for
-- a part is not "not dispatched in time" the moment the part arrives.
alter table repair_order add column work_ready_at timestamptz;
