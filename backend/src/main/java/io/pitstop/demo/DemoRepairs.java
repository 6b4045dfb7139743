package io.pitstop.demo;

import io.pitstop.booking.persistence.Vehicle;
import io.pitstop.booking.persistence.VehicleRepository;
import io.pitstop.common.Sequential;
import io.pitstop.demo.DemoRepairSteps.Day;
import io.pitstop.identity.Role;
import io.pitstop.identity.persistence.Account;
import io.pitstop.identity.persistence.AccountRepository;
import io.pitstop.repair.Compensation;
import io.pitstop.repair.Decision;
import io.pitstop.repair.DelayReason;
import io.pitstop.repair.FaultReproduced;
import io.pitstop.repair.ItemKind;
import io.pitstop.repair.Necessity;
import io.pitstop.repair.RepairEventType;
import io.pitstop.repair.RepairStatus;
import io.pitstop.repair.persistence.EstimateItem;
import io.pitstop.repair.persistence.RepairOrder;
import io.pitstop.shop.ShopService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.pitstop.demo.DemoRepairSteps.item;
import static io.pitstop.demo.DemoRepairSteps.line;

/**
 * Today's workshop on a first start: an order in every state, with the history a real day would have left — a
 * long repair with updates and a declared delay for 李明 (who also has an estimate waiting for him), a settlement
 * waiting for 张伟's signature, a car waiting for parts for Emma, and walk-in customers' cars in the other states.
 */
@ApplicationScoped
public class DemoRepairs {

    private static final List<Walkin> WALK_INS = List.of(
            new Walkin("13600000001", "王磊", "沪C12345", "LFV2A21K8N3012345", "Volkswagen", "Magotan", 2020, 73_500),
            new Walkin("13600000002", "刘洋", "沪D23456", "LSGKB54H1MV123456", "Buick", "GL8", 2021, 51_200),
            new Walkin("13600000003", "陈静", "沪E34567", "LVHRW5850N5012345", "Honda", "Accord", 2022, 33_800),
            new Walkin("13600000004", "赵强", "沪F45678", "LBV8V3100NMA12345", "BMW", "530Li", 2022, 40_100),
            new Walkin("13600000005", "孙丽", "沪G56789", "LFMA14AC0M0123456", "Toyota", "RAV4", 2021, 58_900),
            new Walkin("13600000006", "周婷", "沪H67890", "LHGCV1658N8012345", "Honda", "CR-V", 2022, 29_300));

    private final AccountRepository accounts;
    private final VehicleRepository vehicles;
    private final DemoRepairSteps steps;
    private final ShopService shop;

    public DemoRepairs(AccountRepository accounts, VehicleRepository vehicles, DemoRepairSteps steps, ShopService shop) {
        this.accounts = accounts;
        this.vehicles = vehicles;
        this.steps = steps;
        this.shop = shop;
    }

    /** The walk-in customers and their cars (the history of DemoFeedback uses them too, before today's orders). */
    Uni<Void> customers(Instant now) {
        List<Account> walkInAccounts = WALK_INS.stream().map(w -> {
            Account a = new Account();
            a.id = UUID.randomUUID();
            a.phone = w.phone();
            a.name = w.name();
            a.role = Role.CUSTOMER;
            a.createdAt = now.minus(Duration.ofDays(200));
            return a;
        }).toList();
        return accounts.persist(walkInAccounts).chain(() -> accounts.flush())
                .chain(() -> accounts.listAll()).chain(all -> shop.zone().chain(zone -> {
                    Map<String, Account> byPhone = all.stream().collect(Collectors.toMap(a -> a.phone, Function.identity()));
                    List<Vehicle> newCars = new ArrayList<>();
                    for (Walkin w : WALK_INS) {
                        Vehicle v = new Vehicle();
                        v.id = UUID.randomUUID();
                        v.customerId = byPhone.get(w.phone()).id;
                        v.plate = w.plate();
                        v.vin = w.vin();
                        v.make = w.make();
                        v.model = w.model();
                        v.year = (short) w.year();
                        v.mileageKm = w.km();
                        v.createdAt = now.minus(Duration.ofDays(200));
                        v.createdBy = byPhone.get("13800000002").id;
                        newCars.add(v);
                    }
                    return vehicles.persist(newCars).chain(() -> vehicles.flush()).replaceWithVoid();
                }));
    }

    /** Today's orders, one in every state. */
    Uni<Void> orders(Instant now) {
        return accounts.listAll().chain(all -> shop.zone().chain(zone -> {
            Map<String, Account> byPhone = all.stream().collect(Collectors.toMap(a -> a.phone, Function.identity()));
            Day day = new Day(byPhone, zone, now);
            return vehicles.listAll().chain(cars -> {
                // The demo's own cars: a database that already holds other data may know a plate twice.
                Set<UUID> owners = Stream.concat(DemoData.PEOPLE.stream().map(DemoData.Person::phone), WALK_INS.stream().map(Walkin::phone))
                        .map(byPhone::get).filter(Objects::nonNull).map(a -> a.id).collect(Collectors.toSet());
                Map<String, Vehicle> byPlate = cars.stream().filter(v -> owners.contains(v.customerId))
                        .collect(Collectors.toMap(v -> v.plate, Function.identity()));
                List<Supplier<Uni<Void>>> steps = List.of(
                        () -> longRepairWithDelay(day, byPlate.get("沪A12345")),
                        () -> awaitingApproval(day, byPlate.get("沪AD67890")),
                        () -> readyWithSettlement(day, byPlate.get("沪B88888")),
                        () -> waitingParts(day, byPlate.get("沪AF24680")),
                        () -> justArrived(day, byPlate.get("沪C12345")),
                        () -> approvedSafetyCritical(day, byPlate.get("沪D23456")),
                        () -> dispatched(day, byPlate.get("沪E34567")),
                        () -> delivered(day, byPlate.get("沪F45678")),
                        () -> cancelled(day, byPlate.get("沪G56789")),
                        () -> inQualityCheck(day, byPlate.get("沪H67890")));
                return Sequential.each(steps, Supplier::get);
            });
        }));
    }

    private record Walkin(String phone, String name, String plate, String vin, String make, String model, int year, int km) {
    }

    // ------------------------------------------------------------------------------------------------ scenarios

    private Uni<Void> longRepairWithDelay(Day d, Vehicle car) {
        Account advisor = d.p("13800000002");
        Account tech = d.p("13800000005");
        RepairOrder o = steps.order(d, car, advisor, "RO-DEMO01", 150, "加速无力，发动机故障灯常亮", FaultReproduced.YES, false);
        o.diagnosis = "点火线圈故障，第三缸失火";
        o.warningLights = "ENGINE";
        return steps.start(d, o, 150, advisor)
                .chain(() -> steps.estimate(d, o, 140, advisor, 240, List.of(
                        item(ItemKind.LABOUR, "点火系统检修", 3, "260", Necessity.REQUIRED, "第三缸失火，需更换点火线圈"),
                        item(ItemKind.PART, "点火线圈", 1, "680", Necessity.REQUIRED, "原件击穿"),
                        item(ItemKind.PART, "火花塞（4 支）", 4, "95", Necessity.OPTIONAL, "已行驶 4 万公里，建议一并更换"))))
                .chain(() -> steps.decideAll(d, o, 130, Decision.APPROVED))
                .chain(() -> steps.approve(d, o, 130))
                .chain(() -> steps.dispatch(d, o, 125, tech))
                .chain(() -> steps.move(d, o, 120, tech, RepairStatus.IN_REPAIR, RepairEventType.REPAIR_STARTED, null))
                .chain(() -> steps.update(d, o, 100, tech, "拆检完成，确认第三缸点火线圈击穿", "诊断", 140))
                .chain(() -> steps.update(d, o, 55, advisor, "原厂点火线圈需从中心库调货，其余项目正常进行", "等待配件", 95))
                .chain(() -> steps.delay(d, o, 45, advisor, DelayReason.PART_OUT_OF_STOCK, "原厂点火线圈需从中心库调货，预计 16:00 前到店", 120,
                        Compensation.FREE_WASH, "免费精洗一次"))
                .chain(() -> steps.update(d, o, 12, tech, "火花塞已更换，等待点火线圈到货后装车路试", "更换火花塞", 130));
    }

    private Uni<Void> awaitingApproval(Day d, Vehicle car) {
        Account advisor = d.p("13800000002");
        RepairOrder o = steps.order(d, car, advisor, "RO-DEMO02", 40, "空调制冷效果差，出风有异味", FaultReproduced.YES, false);
        o.diagnosis = "空调冷媒不足，滤芯脏污";
        return steps.start(d, o, 40, advisor)
                .chain(() -> steps.estimate(d, o, 25, advisor, 90, List.of(
                        item(ItemKind.LABOUR, "空调系统检漏及加注冷媒", 1, "180", Necessity.REQUIRED, "冷媒压力低于标准"),
                        item(ItemKind.PART, "R1234yf 冷媒", 1, "320", Necessity.REQUIRED, "补充至标准量"),
                        item(ItemKind.PART, "空调滤芯", 1, "168", Necessity.OPTIONAL, "滤芯发黑，建议更换以去除异味"),
                        item(ItemKind.LABOUR, "空调管路杀菌清洗", 1, "198", Necessity.OPTIONAL, "改善出风异味"))));
    }

    private Uni<Void> readyWithSettlement(Day d, Vehicle car) {
        Account advisor = d.p("13800000003");
        Account tech = d.p("13800000006");
        RepairOrder o = steps.order(d, car, advisor, "RO-DEMO03", 200, "常规保养，刹车时有轻微异响", FaultReproduced.YES, false);
        o.diagnosis = "前刹车片磨损至 3 mm";
        List<EstimateItem> its = List.of(
                item(ItemKind.LABOUR, "大保养工时", 2, "220", Necessity.REQUIRED, "按保养手册 9 万公里项目"),
                item(ItemKind.PART, "机油机滤套装", 1, "560", Necessity.REQUIRED, "保养更换"),
                item(ItemKind.PART, "前刹车片", 1, "480", Necessity.OPTIONAL, "剩余 3 mm，建议更换"));
        return steps.start(d, o, 200, advisor)
                .chain(() -> steps.estimate(d, o, 190, advisor, 150, its))
                .chain(() -> steps.decideAll(d, o, 180, Decision.APPROVED))
                .chain(() -> steps.approve(d, o, 180))
                .chain(() -> steps.dispatch(d, o, 177, tech))
                .chain(() -> steps.move(d, o, 170, tech, RepairStatus.IN_REPAIR, RepairEventType.REPAIR_STARTED, null))
                .chain(() -> steps.update(d, o, 110, tech, "保养完成，刹车片已更换", "保养", 30))
                .chain(() -> steps.move(d, o, 60, tech, RepairStatus.QUALITY_CHECK, RepairEventType.QUALITY_CHECK, null))
                .chain(() -> steps.move(d, o, 45, d.p("13800000007"), RepairStatus.READY, RepairEventType.READY, null))
                .chain(() -> steps.settle(d, o, 30, advisor, its, List.of(line(null, ItemKind.PART, "刹车片感应线", 1, "45",
                        "更换刹车片时发现感应线老化，+45"))));
    }

    private Uni<Void> waitingParts(Day d, Vehicle car) {
        Account advisor = d.p("13800000003");
        Account tech = d.p("13800000006");
        RepairOrder o = steps.order(d, car, advisor, "RO-DEMO04", 260, "Door handle does not extend; 12V battery warning", FaultReproduced.YES, false);
        o.diagnosis = "左前门把手电机故障";
        o.warningLights = "BATTERY";
        return steps.start(d, o, 260, advisor)
                .chain(() -> steps.estimate(d, o, 250, advisor, 300, List.of(
                        item(ItemKind.LABOUR, "Door handle motor replacement", 1.5, "300", Necessity.REQUIRED, "Motor does not respond"),
                        item(ItemKind.PART, "Handle motor assembly", 1, "1250", Necessity.REQUIRED, "Faulty unit"))))
                .chain(() -> steps.decideAll(d, o, 235, Decision.APPROVED))
                .chain(() -> steps.approve(d, o, 235))
                .chain(() -> steps.dispatch(d, o, 232, tech))
                .chain(() -> steps.move(d, o, 225, tech, RepairStatus.IN_REPAIR, RepairEventType.REPAIR_STARTED, null))
                .chain(() -> steps.update(d, o, 170, tech, "Door panel removed, motor confirmed faulty", "Diagnosis", 150))
                .chain(() -> steps.move(d, o, 150, tech, RepairStatus.WAITING_PARTS, RepairEventType.WAITING_PARTS,
                        "Motor assembly arriving from the regional warehouse at 15:00"))
                .chain(() -> steps.update(d, o, 50, advisor, "Part on its way, still within the promised time", "Waiting for parts", 100));
    }

    private Uni<Void> justArrived(Day d, Vehicle car) {
        Account advisor = d.p("13800000002");
        RepairOrder o = steps.order(d, car, advisor, "RO-DEMO05", 8, "底盘异响，过减速带时明显", FaultReproduced.TO_BE_OBSERVED, false);
        o.bodyDamage = "右前保险杠轻微擦痕";
        return steps.start(d, o, 8, advisor);
    }

    private Uni<Void> approvedSafetyCritical(Day d, Vehicle car) {
        Account advisor = d.p("13800000003");
        RepairOrder o = steps.order(d, car, advisor, "RO-DEMO06", 35, "刹车踏板发软，制动距离变长", FaultReproduced.YES, true);
        o.diagnosis = "制动液含水量超标，后刹车分泵渗漏";
        return steps.start(d, o, 35, advisor)
                .chain(() -> steps.estimate(d, o, 20, advisor, 120, List.of(
                        item(ItemKind.LABOUR, "制动系统检修", 1.5, "240", Necessity.REQUIRED, "安全项目"),
                        item(ItemKind.PART, "后刹车分泵", 1, "420", Necessity.REQUIRED, "渗漏"),
                        item(ItemKind.PART, "DOT4 制动液", 2, "85", Necessity.REQUIRED, "含水量 3.5%，超标"))))
                .chain(() -> steps.decideAll(d, o, 3, Decision.APPROVED))
                .chain(() -> steps.approve(d, o, 3));
    }

    private Uni<Void> dispatched(Day d, Vehicle car) {
        Account advisor = d.p("13800000002");
        RepairOrder o = steps.order(d, car, advisor, "RO-DEMO07", 70, "小保养", FaultReproduced.YES, false);
        return steps.start(d, o, 70, advisor)
                .chain(() -> steps.estimate(d, o, 60, advisor, 60, List.of(
                        item(ItemKind.LABOUR, "小保养工时", 1, "150", Necessity.REQUIRED, "按保养手册"),
                        item(ItemKind.PART, "机油机滤套装", 1, "420", Necessity.REQUIRED, "保养更换"))))
                .chain(() -> steps.decideAll(d, o, 50, Decision.APPROVED))
                .chain(() -> steps.approve(d, o, 50))
                .chain(() -> steps.dispatch(d, o, 47, d.p("13800000005")));
    }

    private Uni<Void> delivered(Day d, Vehicle car) {
        Account advisor = d.p("13800000003");
        Account tech = d.p("13800000005");
        RepairOrder o = steps.order(d, car, advisor, "RO-DEMO08", 300, "四轮定位，方向盘跑偏", FaultReproduced.YES, false);
        List<EstimateItem> its = List.of(item(ItemKind.LABOUR, "四轮定位", 1, "380", Necessity.REQUIRED, "方向跑偏"));
        return steps.start(d, o, 300, advisor)
                .chain(() -> steps.estimate(d, o, 290, advisor, 60, its))
                .chain(() -> steps.decideAll(d, o, 285, Decision.APPROVED))
                .chain(() -> steps.approve(d, o, 285))
                .chain(() -> steps.dispatch(d, o, 283, tech))
                .chain(() -> steps.move(d, o, 275, tech, RepairStatus.IN_REPAIR, RepairEventType.REPAIR_STARTED, null))
                .chain(() -> steps.move(d, o, 235, tech, RepairStatus.QUALITY_CHECK, RepairEventType.QUALITY_CHECK, null))
                .chain(() -> steps.move(d, o, 225, d.p("13800000007"), RepairStatus.READY, RepairEventType.READY, null))
                .chain(() -> steps.settle(d, o, 220, advisor, its, List.of()))
                .chain(() -> steps.acknowledge(d, o, 215, d.p("13600000004")))
                .chain(() -> steps.deliver(d, o, 210, advisor));
    }

    private Uni<Void> cancelled(Day d, Vehicle car) {
        Account advisor = d.p("13800000002");
        RepairOrder o = steps.order(d, car, advisor, "RO-DEMO09", 180, "钣金：后保险杠凹陷", FaultReproduced.YES, false);
        return steps.start(d, o, 180, advisor)
                .chain(() -> steps.estimate(d, o, 170, advisor, 480, List.of(
                        item(ItemKind.LABOUR, "后保险杠钣金喷漆", 6, "200", Necessity.OPTIONAL, "凹陷约 10 cm"))))
                .chain(() -> steps.decideAll(d, o, 160, Decision.DECLINED))
                .chain(() -> steps.cancel(d, o, 160, d.p("13600000005"), "客户拒绝了全部维修项目"));
    }

    private Uni<Void> inQualityCheck(Day d, Vehicle car) {
        Account advisor = d.p("13800000003");
        Account tech = d.p("13800000006");
        RepairOrder o = steps.order(d, car, advisor, "RO-DEMO10", 130, "雨刮器刮不干净，玻璃水喷不出", FaultReproduced.YES, false);
        return steps.start(d, o, 130, advisor)
                .chain(() -> steps.estimate(d, o, 120, advisor, 90, List.of(
                        item(ItemKind.PART, "雨刮片（一对）", 1, "260", Necessity.REQUIRED, "胶条老化"),
                        item(ItemKind.LABOUR, "玻璃水管路疏通", 0.5, "150", Necessity.REQUIRED, "喷嘴堵塞"))))
                .chain(() -> steps.decideAll(d, o, 110, Decision.APPROVED))
                .chain(() -> steps.approve(d, o, 110))
                .chain(() -> steps.dispatch(d, o, 107, tech))
                .chain(() -> steps.move(d, o, 100, tech, RepairStatus.IN_REPAIR, RepairEventType.REPAIR_STARTED, null))
                .chain(() -> steps.move(d, o, 15, tech, RepairStatus.QUALITY_CHECK, RepairEventType.QUALITY_CHECK, null));
    }
}
