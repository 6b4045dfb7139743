package io.pitstop.parts.service;

import io.pitstop.common.ConflictException;
import io.pitstop.common.Detail;
import io.pitstop.common.InvalidInputException;
import io.pitstop.common.NotFoundException;
import io.pitstop.common.Paging;
import io.pitstop.common.Sequential;
import io.pitstop.common.Texts;
import io.pitstop.identity.Caller;
import io.pitstop.parts.PartRequest;
import io.pitstop.parts.PartSupplierRequest;
import io.pitstop.parts.PartView;
import io.pitstop.parts.SupplierRequest;
import io.pitstop.parts.SupplierView;
import io.pitstop.parts.persistence.Part;
import io.pitstop.parts.persistence.PartRepository;
import io.pitstop.parts.persistence.Sql;
import io.pitstop.parts.persistence.Supplier;
import io.pitstop.parts.persistence.SupplierRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The catalogue (配件目录): parts with their approved suppliers and terms, and the suppliers themselves. */
@ApplicationScoped
public class Catalogue {

    private final PartRepository parts;
    private final SupplierRepository suppliers;
    private final PartViews views;
    private final Clock clock;

    public Catalogue(PartRepository parts, SupplierRepository suppliers, PartViews views, Clock clock) {
        this.parts = parts;
        this.suppliers = suppliers;
        this.views = views;
        this.clock = clock;
    }

    public Uni<List<PartView>> search(String q, Boolean belowMinimum, Paging.Page page) {
        if (Texts.hasNul(q) || Texts.hasLoneSurrogate(q)) {
            throw new InvalidInputException("q", Detail.of("problem.parts.text-unreadable"));
        }
        return Panache.withSession(() -> views.search(q, belowMinimum, page));
    }

    public Uni<PartView> get(UUID id) {
        return Panache.withSession(() -> views.one(id)).map(v -> {
            if (v == null) {
                throw new NotFoundException("part", id);
            }
            return v;
        });
    }

    public Uni<PartView> create(Caller caller, PartRequest req) {
        checkSuppliers(req.suppliers());
        return Panache.withTransaction(() -> numberFree(req.partNumber().strip(), null).chain(() -> {
            Part p = new Part();
            p.id = UUID.randomUUID();
            p.createdAt = clock.instant();
            p.createdBy = caller.accountId();
            apply(p, req);
            return parts.persist(p).chain(() -> approve(p.id, req.suppliers() == null ? List.of() : req.suppliers()))
                    .chain(() -> views.one(p.id));
        }));
    }

    public Uni<PartView> update(Caller caller, UUID id, PartRequest req) {
        checkSuppliers(req.suppliers());
        return Panache.withTransaction(() -> parts.findById(id).chain(p -> {
            if (p == null) {
                throw new NotFoundException("part", id);
            }
            return numberFree(req.partNumber().strip(), id).chain(() -> {
                apply(p, req);
                return req.suppliers() == null ? Uni.createFrom().voidItem()
                        : Sql.update("delete from part_supplier where part_id = ?1", id).chain(() -> approve(id, req.suppliers()));
            }).chain(() -> views.one(id));
        }));
    }

    private static void apply(Part p, PartRequest req) {
        p.partNumber = req.partNumber().strip();
        p.nameZh = req.nameZh().strip();
        p.nameEn = Texts.optional(req.nameEn());
        p.brand = req.brand().strip();
        p.origin = req.origin();
        p.unit = req.unit();
        p.listPrice = req.listPrice();
        p.minStock = req.minStock();
        p.warrantyMonths = req.warrantyMonths();
        p.warrantyKm = req.warrantyKm();
        p.location = Texts.optional(req.location());
        p.active = req.active() == null || req.active();
    }

    /** One entry per supplier, at most one preferred: the shape of the list, before anything is looked up. */
    private static void checkSuppliers(List<PartSupplierRequest> list) {
        if (list == null) {
            return;
        }
        Set<UUID> seen = new HashSet<>();
        int preferred = 0;
        for (int i = 0; i < list.size(); i++) {
            if (!seen.add(list.get(i).supplierId())) {
                throw new InvalidInputException("suppliers[" + i + "].supplierId", Detail.of("problem.parts.supplier-twice"));
            }
            if (list.get(i).preferred() && ++preferred > 1) {
                throw new InvalidInputException("suppliers[" + i + "].preferred", Detail.of("problem.parts.one-preferred"));
            }
        }
    }

    private Uni<Void> numberFree(String number, UUID self) {
        return parts.find("partNumber", number).firstResult().map(other -> {
            if (other != null && !other.id.equals(self)) {
                throw new ConflictException("part-number-taken", Detail.of("problem.parts.number-taken", Map.of("partNumber", number)));
            }
            return null;
        }).replaceWithVoid();
    }

    private Uni<Void> approve(UUID partId, List<PartSupplierRequest> list) {
        return Sequential.map(list, s -> suppliers.findById(s.supplierId())).chain(found -> {
            for (int i = 0; i < found.size(); i++) {
                if (found.get(i) == null || !found.get(i).active) {
                    throw new InvalidInputException("suppliers[" + i + "].supplierId", Detail.of("problem.parts.supplier-unknown"));
                }
            }
            return Sequential.each(list, s -> Sql.update("""
                    insert into part_supplier (part_id, supplier_id, lead_time_days, purchase_price, preferred)
                    values (?1, ?2, ?3, ?4, ?5)
                    """, partId, s.supplierId(), s.leadTimeDays().shortValue(), s.purchasePrice(), s.preferred()).replaceWithVoid());
        });
    }

    // ------------------------------------------------------------------------------------------------- suppliers

    public Uni<SupplierView> createSupplier(SupplierRequest req) {
        Supplier s = new Supplier();
        s.id = UUID.randomUUID();
        s.name = req.name().strip();
        s.nameEn = Texts.optional(req.nameEn());
        s.phone = Texts.optional(req.phone());
        s.createdAt = clock.instant();
        return Panache.withTransaction(() -> suppliers.persist(s)).map(Catalogue::view);
    }

    public Uni<List<SupplierView>> suppliers(Paging.Page page) {
        return Panache.withSession(() -> suppliers.findAll(io.quarkus.panache.common.Sort.by("name").and("id")).range(page.offset(), page.last()).list())
                .map(list -> list.stream().map(Catalogue::view).toList());
    }

    static SupplierView view(Supplier s) {
        return new SupplierView(s.id, s.name, s.nameEn, s.phone, s.active, Sql.utc(s.createdAt));
    }
}
