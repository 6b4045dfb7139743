-- The quality indicators (package kpi) read the history by the time each item counts in a period: when a booking
-- was made, an order approved, ready or closed, a delay declared, a call or a problem due. These indexes let a
-- month or a year of a busy shop be counted without scanning every row.
create index appointment_created_idx on appointment (created_at);
create index repair_order_approved_idx on repair_order (approved_at) where approved_at is not null;
create index repair_order_ready_idx on repair_order (ready_at) where ready_at is not null;
create index repair_order_closed_idx on repair_order ((coalesce(delivered_at, cancelled_at)))
    where status in ('DELIVERED', 'CANCELLED');
create index repair_order_delivered_idx on repair_order (delivered_at) where status = 'DELIVERED';
-- A comeback: the same vehicle checked in again after a delivery.
create index repair_order_vehicle_checked_in_idx on repair_order (vehicle_id, checked_in_at);
create index repair_delay_declared_idx on repair_delay (declared_at);
create index settlement_line_item_idx on settlement_line (item_id) where item_id is not null;
create index follow_up_call_due_idx on follow_up_call (due_at);
create index follow_up_call_problem_due_idx on follow_up_call (problem_due_at) where problem is not null;
create index complaint_order_idx on complaint (order_id) where order_id is not null;
