-- The parts specialist is appraised like the other staff roles: from their own indicators (stock accuracy, supply on
-- time, purchase cost, loss rate; see kpi.Indicator), their self-assessment and the manager's rating.
alter table appraisal_weight drop constraint appraisal_weight_role_check;
alter table appraisal_weight add constraint appraisal_weight_role_check
    check (role in ('ADVISOR', 'TECHNICIAN', 'CUSTOMER_SERVICE', 'PARTS'));
insert into appraisal_weight (role, component, weight) values
    ('PARTS', 'STOCK_ACCURACY', 25), ('PARTS', 'SUPPLY_ON_TIME', 20), ('PARTS', 'PURCHASE_COST', 15),
    ('PARTS', 'LOSS_RATE', 10), ('PARTS', 'SELF', 10), ('PARTS', 'SUPERVISOR', 20);

-- What the parts indicators select a period by: counts by when they were made, receipts by when they arrived, losses
-- and issues by when they happened (the ledger's other kinds are never read by time), and the receipts of a
-- purchase-order line (when it was completed).
create index stock_count_counted_at_idx on stock_count (counted_at);
create index receipt_received_at_idx on receipt (received_at);
create index receipt_line_po_line_idx on receipt_line (po_line_id);
create index stock_movement_losses_and_issues_at_idx on stock_movement (at)
    where kind in ('SCRAPPED', 'ISSUED', 'COUNTED');
create index stock_movement_received_idx on stock_movement (part_id, at) where kind = 'RECEIVED';
