package io.pitstop.demo;

import io.pitstop.booking.persistence.VehicleRepository;
import io.pitstop.common.Sequential;
import io.pitstop.demo.DemoPartsCatalogue.Item;
import io.pitstop.identity.Caller;
import io.pitstop.identity.Role;
import io.pitstop.identity.persistence.Account;
import io.pitstop.identity.persistence.AccountRepository;
import io.pitstop.parts.LineDemand;
import io.pitstop.parts.MovementKind;
import io.pitstop.parts.OrderRef;
import io.pitstop.parts.PartRequest;
import io.pitstop.parts.PartSupplierRequest;
import io.pitstop.parts.PartsForOrders;
import io.pitstop.parts.PurchaseOrderLineRequest;
import io.pitstop.parts.PurchaseOrderRequest;
import io.pitstop.parts.PurchaseOrderStatus;
import io.pitstop.parts.ScrapRequest;
import io.pitstop.parts.StockCountLineRequest;
import io.pitstop.parts.StockCountRequest;
import io.pitstop.parts.persistence.PurchaseOrder;
import io.pitstop.parts.persistence.PurchaseOrderLine;
import io.pitstop.parts.persistence.PurchaseOrderLineRepository;
import io.pitstop.parts.persistence.PurchaseOrderRepository;
import io.pitstop.parts.persistence.Receipt;
import io.pitstop.parts.persistence.ReceiptLine;
import io.pitstop.parts.persistence.ReceiptLineRepository;
import io.pitstop.parts.persistence.ReceiptRepository;
import io.pitstop.parts.persistence.StockLedger;
import io.pitstop.parts.service.Catalogue;
import io.pitstop.parts.service.Purchasing;
import io.pitstop.parts.service.StockCounts;
import io.pitstop.parts.service.StockDesk;
import io.pitstop.repair.ItemKind;
import io.pitstop.repair.RepairStatus;
import io.pitstop.repair.persistence.EstimateItem;
import io.pitstop.repair.persistence.EstimateItemRepository;
import io.pitstop.repair.persistence.RepairOrder;
import io.pitstop.repair.persistence.RepairOrderRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.pitstop.demo.DemoPartsCatalogue.BOSCH;
import static io.pitstop.demo.DemoPartsCatalogue.CATALOGUE;
import static io.pitstop.demo.DemoPartsCatalogue.SUPPLIERS;
import static io.pitstop.demo.DemoPartsCatalogue.SUPPLIER_KEYS;
import static io.pitstop.demo.DemoPartsCatalogue.TESLA;
import static io.pitstop.demo.DemoPartsCatalogue.VW;
import static io.pitstop.demo.DemoPartsCatalogue.ZC;

/**
 * The parts desk of the demo dealership (issue 14): a catalogue of a Volkswagen dealer's everyday parts (and two for
 * the Tesla that waits for one), four approved suppliers with lead times and agreed prices, five weeks of stock
 * received, issued to the history's services, inspected (two wiper sets refused) and scrapped, a count with a
 * difference, purchase orders in every state, and today's orders asking for their parts: the Tesla's handle motor is
 * short (its order waits for it), the others reserved or issued.
 * <p>
 * What happens now goes through the parts services (catalogue, a draft order, today's reservations and issues, the
 * count, a scrap); what happened in the past weeks is written as the receiving desk would have left it (purchase orders,
 * receipts and their ledger movements at their own times, oldest first, so the ledger's running sums read in order).
 */
@ApplicationScoped
public class DemoParts {

    private static final Logger LOG = Logger.getLogger(DemoParts.class);
    static final String PARTS_PHONE = "13800000009";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final Catalogue catalogue;
    private final Purchasing purchasing;
    private final StockCounts counts;
    private final StockDesk desk;
    private final PartsForOrders forOrders;
    private final StockLedger ledger;
    private final PurchaseOrderRepository orders;
    private final PurchaseOrderLineRepository orderLines;
    private final ReceiptRepository receipts;
    private final ReceiptLineRepository receiptLines;
    private final AccountRepository accounts;
    private final RepairOrderRepository repairOrders;
    private final EstimateItemRepository items;
    private final VehicleRepository vehicles;

    public DemoParts(Catalogue catalogue, Purchasing purchasing, StockCounts counts, StockDesk desk, PartsForOrders forOrders,
                     StockLedger ledger, PurchaseOrderRepository orders, PurchaseOrderLineRepository orderLines,
                     ReceiptRepository receipts, ReceiptLineRepository receiptLines, AccountRepository accounts,
                     RepairOrderRepository repairOrders, EstimateItemRepository items, VehicleRepository vehicles) {
        this.catalogue = catalogue;
        this.purchasing = purchasing;
        this.counts = counts;
        this.desk = desk;
        this.forOrders = forOrders;
        this.ledger = ledger;
        this.orders = orders;
        this.orderLines = orderLines;
        this.receipts = receipts;
        this.receiptLines = receiptLines;
        this.accounts = accounts;
        this.repairOrders = repairOrders;
        this.items = items;
        this.vehicles = vehicles;
    }

    /** What the seeding knows as it goes: the people, the ids of suppliers and parts by key, the demo's day. */
    private static final class Book {
        final Instant now;
        final ZoneId zone;
        final Map<String, UUID> suppliers = new HashMap<>();
        final Map<String, UUID> parts = new HashMap<>();
        final Map<String, Item> items = new HashMap<>();
        final Map<String, Integer> poPerDay = new HashMap<>();
        final Map<String, BigDecimal> onHand = new HashMap<>();
        Account parts0;
        Account inspector;
        Account manager;
        Account advisor;

        Book(Instant now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
            CATALOGUE.forEach(i -> items.put(i.key(), i));
        }

        Caller caller(Account a) {
            return new Caller(a.id.toString(), a.role, a.name, Set.of());
        }

        /** The day {@code days} before the demo's day at that shop time, moved into opening hours. */
        Instant day(int days, int hour, int minute) {
            LocalDate d = now.atZone(zone).toLocalDate().minusDays(days);
            return DemoData.inHours(d.atTime(LocalTime.of(hour, minute)).atZone(zone).toInstant());
        }

        String number(Instant at) {
            String day = at.atZone(zone).format(DAY);
            int n = poPerDay.merge(day, 1, Integer::sum);
            return "PO-" + day + "-" + String.format("%03d", n);
        }

        BigDecimal agreed(String part, String supplier) {
            return items.get(part).terms().stream().filter(t -> t.supplier().equals(supplier)).findFirst()
                    .map(t -> new BigDecimal(t.price())).orElseThrow();
        }
    }

    /** Seeds the parts desk; the demo starts without it (with a warning) rather than not at all. */
    Uni<Void> seed(Instant now, ZoneId zone) {
        Book b = new Book(now, zone);
        return Panache.withSession(() -> people(b)
                        .chain(() -> Sequential.each(List.of(0, 1, 2, 3), i -> catalogue.createSupplier(SUPPLIERS.get(i))
                                .invoke(s -> b.suppliers.put(SUPPLIER_KEYS.get(i), s.id())).replaceWithVoid()))
                        .chain(() -> Sequential.each(CATALOGUE, i -> catalogue.create(b.caller(b.manager), request(i, b))
                                .invoke(p -> b.parts.put(i.key(), p.id())).replaceWithVoid()))
                        .chain(() -> past(b))
                        .chain(() -> today(b)))
                .invoke(() -> LOG.infof("Seeded the demo parts desk: %d parts, %d suppliers", CATALOGUE.size(), SUPPLIERS.size()));
    }

    private Uni<Void> people(Book b) {
        return accounts.listAll().invoke(all -> {
            for (Account a : all) {
                switch (a.phone) {
                    case PARTS_PHONE -> b.parts0 = a;
                    case "13800000007" -> b.inspector = a;
                    case "13800000001" -> b.manager = a;
                    case "13800000002" -> b.advisor = a;
                    default -> {
                    }
                }
            }
        }).replaceWithVoid();
    }

    private static PartRequest request(Item i, Book b) {
        return new PartRequest(i.number(), i.zh(), i.en(), i.brand(), i.origin(), i.unit(), new BigDecimal(i.price()),
                new BigDecimal(i.min()), i.months(), i.km(), i.shelf(), true,
                i.terms().stream().map(t -> new PartSupplierRequest(b.suppliers.get(t.supplier()), t.leadDays(),
                        new BigDecimal(t.price()), t.preferred())).toList());
    }

    // ------------------------------------------------------------------------------------------------- the past

    /** A line of a past purchase order: the part, how many, at what unit cost (null: the agreed price). */
    private record Line(String part, int quantity, String cost) {
    }

    /** What arrived of a line at a receipt: passed and rejected (with the reason). */
    private record Arrival(String part, int passed, int rejected, String reason) {
    }

    private record Move(Instant at, int order, java.util.function.Supplier<Uni<Void>> step) {
    }

    /**
     * Five weeks of the desk: the opening order, the weekly oil-service orders, a late Bosch delivery with two wiper sets
     * refused, an urgent refrigerant bought above the agreed price, a cancelled order, a brake disc dropped, and the
     * oil filter and oil of every service the history delivered since the opening stock came in.
     */
    private Uni<Void> past(Book b) {
        List<Move> moves = new ArrayList<>();
        int[] seq = {0};
        java.util.function.BiConsumer<Instant, java.util.function.Supplier<Uni<Void>>> at =
                (t, step) -> moves.add(new Move(t, seq[0]++, step));

        List<Line> opening = new ArrayList<>();
        Map<String, Integer> first = new java.util.LinkedHashMap<>();
        first.put("oilFilter", 60);
        first.put("oil", 240);
        first.put("airFilter", 16);
        first.put("cabinFilter", 16);
        first.put("frontPads", 8);
        first.put("rearPads", 8);
        first.put("frontDisc", 4);
        first.put("rearDisc", 4);
        first.put("wearSensor", 8);
        first.put("caliper", 2);
        first.put("brakeFluid", 20);
        first.put("plug", 24);
        first.put("coolant", 12);
        first.put("atf", 24);
        first.put("bulbH7", 4);
        first.put("bulbP21", 20);
        first.put("timingKit", 2);
        first.put("waterPump", 2);
        first.put("shock", 2);
        first.forEach((k, v) -> opening.add(new Line(k, v, null)));
        received(b, at, VW, b.day(35, 10, 0), b.day(33, 10, 0), opening, List.of(
                new Receiving(b.day(33, 9, 40), opening.stream().map(l -> new Arrival(l.part(), l.quantity(), 0, null)).toList())));

        List<Line> bosch = List.of(new Line("battery", 4, null), new Line("wipers", 8, null));
        received(b, at, BOSCH, b.day(30, 11, 0), b.day(27, 11, 0), bosch, List.of(new Receiving(b.day(26, 15, 30), List.of(
                new Arrival("battery", 4, 0, null), new Arrival("wipers", 6, 2, "包装破损，胶条变形 / packaging crushed, rubber deformed")))));
        List<Line> urgent = List.of(new Line("refrigerant", 8, "178"), new Line("cabinFilterMann", 10, null));
        received(b, at, ZC, b.day(28, 9, 0), b.day(27, 9, 0), urgent, List.of(new Receiving(b.day(27, 8, 50), List.of(
                new Arrival("refrigerant", 8, 0, null), new Arrival("cabinFilterMann", 10, 0, null)))));
        List<Line> tesla = List.of(new Line("teslaFilter", 4, null));
        received(b, at, TESLA, b.day(21, 10, 30), b.day(19, 10, 30), tesla, List.of(new Receiving(b.day(19, 14, 0),
                List.of(new Arrival("teslaFilter", 4, 0, null)))));
        for (int week = 4; week >= 1; week--) {
            List<Line> weekly = List.of(new Line("oilFilter", 90, null), new Line("oil", 360, null));
            received(b, at, VW, b.day(week * 7, 10, 0), b.day(week * 7 - 2, 10, 0), weekly, List.of(new Receiving(
                    b.day(week * 7 - 2, week == 2 ? 16 : 9, 30), List.of(new Arrival("oilFilter", 90, 0, null), new Arrival("oil", 360, 0, null)))));
        }
        // Sent, then cancelled when the supplier could not deliver: nothing received.
        at.accept(b.day(10, 9, 30), () -> order(b, ZC, b.day(10, 9, 30), b.day(9, 9, 30), PurchaseOrderStatus.CANCELLED,
                b.day(8, 10, 0), "供应商缺货，已改向原厂订购 / supplier out of stock, ordered from the maker instead",
                List.of(new Line("refrigerant", 6, null))).replaceWithVoid());
        at.accept(b.day(9, 15, 10), () -> ledger.record(b.parts.get("frontDisc"), MovementKind.SCRAPPED, BigDecimal.ONE.negate(),
                BigDecimal.ZERO, new StockLedger.Refs(null, null, null, null, null, null, "搬运时摔落，盘面崩角 / dropped in handling, chipped",
                        b.parts0.id), b.day(9, 15, 10)));
        // The weekly order of the last days: the oil and the coil came yesterday, the rear brake pads it also holds are still to come.
        List<Line> open = List.of(new Line("oilFilter", 40, null), new Line("oil", 160, null), new Line("coil", 2, null),
                new Line("rearPads", 4, null));
        UUID[] weekly = new UUID[1];
        Instant sent = b.day(2, 10, 0);
        at.accept(sent, () -> order(b, VW, sent, b.now.plus(Duration.ofHours(2)), PurchaseOrderStatus.PARTLY_RECEIVED, null,
                "周补货 / weekly replenishment", open).invoke(po -> weekly[0] = po.id).replaceWithVoid());
        at.accept(b.day(1, 9, 20), () -> orders.findById(weekly[0]).chain(po -> receive(b, po, b.day(1, 9, 20), List.of(
                new Arrival("oilFilter", 40, 0, null), new Arrival("oil", 160, 0, null), new Arrival("coil", 2, 0, null)))));

        // The history's orders were read only to be named: out of the session, so that each movement's flush checks
        // only what this seeding changes.
        return serviced(b, at).chain(() -> Panache.getSession()).invoke(s -> s.clear()).chain(() -> {
            moves.sort(Comparator.comparing(Move::at).thenComparing(Move::order));
            return Panache.withTransaction(() -> Sequential.each(moves, m -> m.step().get()));
        });
    }

    private record Receiving(Instant at, List<Arrival> arrivals) {
    }

    /** A purchase order sent and received in full (what passed: the rest went back to the supplier). */
    private void received(Book b, java.util.function.BiConsumer<Instant, java.util.function.Supplier<Uni<Void>>> at, String supplier,
                          Instant sent, Instant expected, List<Line> lines, List<Receiving> receivings) {
        UUID[] id = new UUID[1];
        Instant last = receivings.get(receivings.size() - 1).at();
        boolean whole = receivings.stream().flatMap(r -> r.arrivals().stream()).allMatch(a -> a.rejected() == 0);
        at.accept(sent, () -> order(b, supplier, sent, expected, whole ? PurchaseOrderStatus.RECEIVED : PurchaseOrderStatus.PARTLY_RECEIVED,
                whole ? last : null, null, lines).invoke(po -> id[0] = po.id).replaceWithVoid());
        for (Receiving r : receivings) {
            at.accept(r.at(), () -> orders.findById(id[0]).chain(po -> receive(b, po, r.at(), r.arrivals())));
        }
    }

    private Uni<PurchaseOrder> order(Book b, String supplier, Instant sent, Instant expected, PurchaseOrderStatus status,
                                     Instant closed, String note, List<Line> lines) {
        PurchaseOrder po = new PurchaseOrder();
        po.id = UUID.randomUUID();
        po.number = b.number(sent);
        po.supplierId = b.suppliers.get(supplier);
        po.status = status;
        po.expectedAt = expected;
        po.createdAt = sent.minus(Duration.ofMinutes(20));
        po.createdBy = b.parts0.id;
        po.sentAt = sent;
        po.closedAt = closed;
        po.note = note;
        List<PurchaseOrderLine> ls = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            PurchaseOrderLine pl = new PurchaseOrderLine();
            pl.id = UUID.randomUUID();
            pl.purchaseOrderId = po.id;
            pl.position = i + 1;
            pl.partId = b.parts.get(l.part());
            pl.quantity = BigDecimal.valueOf(l.quantity());
            pl.unitCost = l.cost() == null ? b.agreed(l.part(), supplier) : new BigDecimal(l.cost());
            ls.add(pl);
        }
        return orders.persist(po).chain(() -> orderLines.persist(ls)).replaceWith(po);
    }

    /** A receipt checked by the inspector: its lines, and a RECEIVED movement at the line's unit cost for what passed. */
    private Uni<Void> receive(Book b, PurchaseOrder po, Instant at, List<Arrival> arrivals) {
        return orderLines.list("purchaseOrderId", po.id).chain(lines -> {
            Receipt r = new Receipt();
            r.id = UUID.randomUUID();
            r.purchaseOrderId = po.id;
            r.receivedAt = at;
            r.receivedBy = b.parts0.id;
            r.inspectorId = b.inspector.id;
            List<ReceiptLine> stored = new ArrayList<>();
            List<Uni<Void>> ledgerMoves = new ArrayList<>();
            for (Arrival a : arrivals) {
                UUID part = b.parts.get(a.part());
                PurchaseOrderLine l = lines.stream().filter(x -> x.partId.equals(part)).findFirst().orElseThrow();
                l.received = l.received.add(BigDecimal.valueOf(a.passed()));
                l.rejected = l.rejected.add(BigDecimal.valueOf(a.rejected()));
                ReceiptLine rl = new ReceiptLine();
                rl.id = UUID.randomUUID();
                rl.receiptId = r.id;
                rl.poLineId = l.id;
                rl.partId = part;
                rl.arrived = BigDecimal.valueOf(a.passed() + a.rejected());
                rl.passed = BigDecimal.valueOf(a.passed());
                rl.rejected = BigDecimal.valueOf(a.rejected());
                rl.rejectReason = a.reason();
                rl.specOk = true;
                rl.modelOk = true;
                rl.quantityOk = true;
                rl.genuineOk = true;
                rl.packagingOk = a.rejected() == 0;
                stored.add(rl);
            }
            return receipts.persist(r).chain(() -> receiptLines.persist(stored)).chain(() -> Sequential.each(stored, rl -> {
                PurchaseOrderLine l = lines.stream().filter(x -> x.id.equals(rl.poLineId)).findFirst().orElseThrow();
                return rl.passed.signum() == 0 ? Uni.createFrom().voidItem()
                        : ledger.record(rl.partId, MovementKind.RECEIVED, rl.passed, BigDecimal.ZERO,
                        new StockLedger.Refs(null, null, po.id, r.id, null, l.unitCost, null, b.parts0.id), at);
            }));
        });
    }

    /**
     * The oil filter and the 4 litres of oil of every service the history delivered since the opening stock arrived,
     * reserved when its repair started and issued to its technician a few minutes later.
     */
    private Uni<Void> serviced(Book b, java.util.function.BiConsumer<Instant, java.util.function.Supplier<Uni<Void>>> at) {
        Instant since = b.day(33, 10, 0);
        return repairOrders.list("status = ?1 and repairStartedAt > ?2 and reference like 'RO-H%' and reference not like 'RO-HIST%' "
                + "order by repairStartedAt",
                RepairStatus.DELIVERED, since).chain(done -> (done.isEmpty() ? Uni.createFrom().item(List.<EstimateItem>of())
                : items.list("orderId in ?1 and kind = ?2 and description = ?3", done.stream().map(o -> o.id).toList(),
                ItemKind.PART, "机油滤清器及机油")).invoke(parts -> {
            Map<UUID, EstimateItem> byOrder = new HashMap<>();
            parts.forEach(i -> byOrder.putIfAbsent(i.orderId, i));
            for (RepairOrder o : done) {
                EstimateItem item = byOrder.get(o.id);
                if (item == null) {
                    continue;
                }
                Instant start = o.repairStartedAt;
                UUID oilLine = UUID.nameUUIDFromBytes((item.id + "/oil").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                issue(b, at, "oilFilter", BigDecimal.ONE, o.id, item.id, start);
                issue(b, at, "oil", BigDecimal.valueOf(4), o.id, oilLine, start.plusSeconds(1));
            }
        })).replaceWithVoid();
    }

    /**
     * Reserved when the repair started and issued five minutes later (two steps of the time line); a part the shelf did
     * not hold then is left out (the history's order used another).
     */
    private void issue(Book b, java.util.function.BiConsumer<Instant, java.util.function.Supplier<Uni<Void>>> at, String part,
                       BigDecimal quantity, UUID order, UUID line, Instant when) {
        UUID id = b.parts.get(part);
        boolean[] reserved = {false};
        at.accept(when, () -> ledger.reserve(id, quantity, order, line, b.parts0.id, when).invoke(ok -> reserved[0] = ok).replaceWithVoid());
        Instant issued = when.plus(Duration.ofMinutes(5));
        at.accept(issued, () -> !reserved[0] ? Uni.createFrom().voidItem() : ledger.record(id, MovementKind.ISSUED, quantity.negate(),
                quantity.negate(), StockLedger.Refs.line(order, line, b.parts0.id), issued));
    }

    // ------------------------------------------------------------------------------------------------- today

    /**
     * Today's orders ask for their parts through the parts desk: the Tesla's handle motor is short (a purchase order
     * is on its way) and puts it in WAITING_PARTS; 李明's coil (it came yesterday) waits on the shelf; the plugs fitted on
     * his car and the wipers of the car in the quality check are issued; the safety-critical brake job's caliper and
     * fluid are reserved, waiting to be issued. Then a draft order for what fell below its minimum, this morning's
     * count (an oil filter missing) and a scrapped bulb.
     */
    private Uni<Void> today(Book b) {
        return repairOrders.list("reference like 'RO-DEMO%'").chain(list -> {
            Map<String, RepairOrder> byRef = new HashMap<>();
            list.forEach(o -> byRef.put(o.reference, o));
            return Panache.withTransaction(() -> ask(b, byRef.get("RO-DEMO04"), Map.of("Handle motor assembly", "teslaMotor"),
                            b.now.minus(Duration.ofMinutes(235)))
                            .chain(() -> ask(b, byRef.get("RO-DEMO01"), Map.of("点火线圈", "coil", "火花塞（4 支）", "plug"),
                                    b.now.minus(Duration.ofMinutes(130))))
                            .chain(() -> ask(b, byRef.get("RO-DEMO10"), Map.of("雨刮片（一对）", "wipers"), b.now.minus(Duration.ofMinutes(110))))
                            .chain(() -> ask(b, byRef.get("RO-DEMO06"), Map.of("后刹车分泵", "caliper", "DOT4 制动液", "brakeFluid"),
                                    b.now.minus(Duration.ofMinutes(3))))
                            .chain(() -> order(b, TESLA, b.now.minus(Duration.ofMinutes(140)), b.now.plus(Duration.ofDays(1)),
                                    PurchaseOrderStatus.SENT, null, "Emma Schulz 的 Model 3 门把手 / for Emma Schulz's Model 3",
                                    List.of(new Line("teslaMotor", 1, null)))).replaceWithVoid())
                    .chain(() -> issued(b, byRef.get("RO-DEMO01"), "plug"))
                    .chain(() -> issued(b, byRef.get("RO-DEMO10"), "wipers"));
        }).chain(() -> purchasing.create(b.caller(b.parts0), new PurchaseOrderRequest(b.suppliers.get(BOSCH), List.of(
                new PurchaseOrderLineRequest(b.parts.get("wipers"), BigDecimal.TEN, b.agreed("wipers", BOSCH)),
                new PurchaseOrderLineRequest(b.parts.get("battery"), BigDecimal.valueOf(2), b.agreed("battery", BOSCH))),
                null, "低于最低库存 / below minimum stock")))
                .chain(() -> Sequential.each(List.of("airFilter", "cabinFilter", "oilFilter"), part -> ledger.balance(b.parts.get(part))
                        .invoke(balance -> b.onHand.put(part, balance.onHand())).replaceWithVoid()))
                .chain(() -> counts.count(b.caller(b.parts0), new StockCountRequest("周盘点：滤清器货架 / weekly count: filter shelves",
                        List.of(countLine(b, "airFilter", 0, null), countLine(b, "cabinFilter", 0, null),
                                countLine(b, "oilFilter", -1, "上次领用未登记 / an issue not recorded")))))
                .chain(() -> desk.scrap(b.caller(b.parts0), b.parts.get("bulbH7"), new ScrapRequest(BigDecimal.ONE,
                        "灯丝断裂（开箱检查） / broken filament found on unpacking")))
                .replaceWithVoid();
    }

    /** The count line of a part: what the ledger holds now, off by {@code off}. */
    private static StockCountLineRequest countLine(Book b, String part, int off, String reason) {
        return new StockCountLineRequest(b.parts.get(part), b.onHand.get(part).add(BigDecimal.valueOf(off)), reason);
    }

    /** The order's lines that name these parts now name them in the catalogue, and ask for them at approval. */
    private Uni<Void> ask(Book b, RepairOrder o, Map<String, String> byDescription, Instant approvedAt) {
        if (o == null) {
            return Uni.createFrom().voidItem();
        }
        return items.list("orderId", o.id).chain(its -> {
            List<LineDemand> demands = new ArrayList<>();
            for (EstimateItem i : its) {
                String part = byDescription.get(i.description);
                if (part != null) {
                    i.partId = b.parts.get(part);
                    demands.add(new LineDemand(i.id, i.partId, i.quantity));
                }
            }
            if (o.status == RepairStatus.WAITING_PARTS) {
                o.waitingFrom = RepairStatus.IN_REPAIR;
            }
            return demands.isEmpty() ? Uni.createFrom().voidItem() : vehicles.findById(o.vehicleId).chain(car -> forOrders.reserve(
                    new OrderRef(o.id, o.reference + (car == null ? "" : " · " + car.plate)), demands, b.caller(b.advisor), approvedAt))
                    .replaceWithVoid();
        });
    }

    /** The order's line of that part is handed to its technician. */
    private Uni<Void> issued(Book b, RepairOrder o, String part) {
        if (o == null) {
            return Uni.createFrom().voidItem();
        }
        return items.list("orderId = ?1 and partId = ?2", o.id, b.parts.get(part)).chain(its -> its.isEmpty()
                ? Uni.createFrom().voidItem()
                : desk.issue(b.caller(b.parts0), its.get(0).id).replaceWithVoid());
    }
}
