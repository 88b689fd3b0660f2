package city.sanitation.app.security;

import city.sanitation.app.planning.PlanRepository;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * The access rules, one method per kind of work, used by the endpoints' {@code @PreAuthorize("@access.…")}. Admins
 * may do everything; everyone else only in their own districts, a crew only for its own vehicle.
 */
@Component("access")
public class DistrictAccess {

    private final CurrentAccount current;
    private final PlanRepository plans;

    DistrictAccess(CurrentAccount current, PlanRepository plans) {
        this.current = current;
        this.plans = plans;
    }

    /** Any signed-in account. */
    public boolean signedIn() {
        return current.find().isPresent();
    }

    public boolean admin() {
        return is(Account::isAdmin);
    }

    /** Everyone who works on the district, crews included: its streets, its fleet's names. */
    public boolean member(String districtId) {
        return is(account -> account.worksOn(districtId));
    }

    /** Dispatchers and managers of the district: its plans, ledger and comparisons. */
    public boolean read(String districtId) {
        return is(account -> account.isAdmin() || office(account) && account.worksOn(districtId));
    }

    /** Dispatchers of the district: plan, re-plan, publish, edit shifts and days off, close ledger items. */
    public boolean dispatch(String districtId) {
        return is(account -> account.isAdmin() || account.role() == Role.DISPATCHER && account.worksOn(districtId));
    }

    /** Managers of the district: the nightly schedule. */
    public boolean manage(String districtId) {
        return is(account -> account.isAdmin() || account.role() == Role.MANAGER && account.worksOn(districtId));
    }

    /** Files blind-spot reports: dispatchers and reporting programs of the district. */
    public boolean report(String districtId) {
        return is(account -> account.isAdmin()
                || (account.role() == Role.DISPATCHER || account.role() == Role.REPORTER)
                        && account.worksOn(districtId));
    }

    /** A crew's own route and task reports; its district's dispatchers may act for it (a call on the radio). */
    public boolean crew(String districtId, String vehicleId) {
        return is(account -> account.isAdmin()
                || account.role() == Role.DISPATCHER && account.worksOn(districtId)
                || account.role() == Role.CREW
                        && account.crew().districtId().equals(districtId)
                        && account.crew().vehicleId().equals(vehicleId));
    }

    /** {@link #read} on the plan's district; an unknown plan passes, for the endpoint to answer 404. */
    public boolean readPlan(long planId) {
        return plans.districtOf(planId).map(this::read).orElse(signedIn());
    }

    /** {@link #dispatch} on the plan's district; an unknown plan passes, for the endpoint to answer 404. */
    public boolean dispatchPlan(long planId) {
        return plans.districtOf(planId).map(this::dispatch).orElse(signedIn());
    }

    private static boolean office(Account account) {
        return account.role() == Role.DISPATCHER || account.role() == Role.MANAGER;
    }

    private boolean is(Predicate<Account> rule) {
        return current.find().filter(rule).isPresent();
    }
}
