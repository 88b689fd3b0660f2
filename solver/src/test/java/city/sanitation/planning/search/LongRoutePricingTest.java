package city.sanitation.planning.search;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.planning.RandomPlans;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.score.PlanCosts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LongRoutePricingTest {

    /** The two washers of a random plan, built by regret insertion from its first {@code placed} street passes. */
    private static List<RouteTrials> washers(SanitationPlan plan, int placed) {
        List<RouteTrials> routes = new ArrayList<>();
        for (Route route : plan.getRoutes()) {
            if (route.getId().startsWith("washer")) {
                routes.add(new RouteTrials(route, PlanCosts.DEFAULT));
            }
        }
        RegretInsertion.insert(
                new ArrayList<>(plan.getTasks().subList(0, placed)), routes, () -> false, (r, p, t) -> {});
        return routes;
    }

    @Test
    void shortRoutesKeepPricingEveryPlace() {
        SanitationPlan plan = RandomPlans.mixed(4, 30, 0, 0);
        List<RouteTrials> routes = washers(plan, 0);
        // Ten tasks each, whichever way an insertion would share them out.
        for (int r = 0; r < 2; r++) {
            List<Task> share = new ArrayList<>();
            for (int i = r; i < 20; i += 2) {
                share.add(plan.getTasks().get(i));
            }
            routes.get(r).replaceTasks(share);
        }

        assertThat(LongRoutePricing.forLongRoutes(routes, 0)).isNull();
        assertThat(LongRoutePricing.forLongRoutes(routes, 11)).isNull();
        assertThat(LongRoutePricing.forLongRoutes(routes, 10)).isNotNull();
        assertThat(LongRoutePricing.forConstruction(2, plan.getTasks(), 16)).isNull();
        assertThat(LongRoutePricing.forConstruction(2, plan.getTasks(), 15)).isNotNull();
    }

    @Test
    void longRoutesArePricedAtRealFeasiblePlacesWheneverOneExists() {
        SanitationPlan plan = RandomPlans.mixed(4, 60, 0, 0);
        List<RouteTrials> routes = washers(plan, 50);
        RegretInsertion.Pricing pricing = LongRoutePricing.forLongRoutes(routes, 20);
        assertThat(pricing).isNotNull();

        for (Task task : plan.getTasks().subList(50, 60)) {
            for (RouteTrials route : routes) {
                Insertion exact = route.cheapestInsertion(task);
                Insertion quick = pricing.cheapest(route, task);

                assertThat(quick == null).isEqualTo(exact == null);
                if (quick != null) {
                    // a real place's real price: never below the cheapest of all, and what a trial there says
                    assertThat(quick.cost()).isGreaterThanOrEqualTo(exact.cost() - 1e-9);
                    List<Insertion> every = route.feasibleInsertions(task);
                    assertThat(every).contains(quick);
                }
            }
        }
    }

    @Test
    void aRouteChangedInPlacePricesAsTheSameRouteBuiltAfresh() {
        SanitationPlan plan = RandomPlans.mixed(4, 60, 0, 0);
        List<RouteTrials> routes = washers(plan, 50);
        // a stretch out of the middle: the route keeps what lies before it and replans the rest
        for (RouteTrials route : routes) {
            List<Task> fewer = new ArrayList<>(route.tasks());
            fewer.subList(fewer.size() / 3, fewer.size() / 3 + 4).clear();
            route.replaceTasks(fewer);
        }
        RegretInsertion.Pricing pricing = LongRoutePricing.forLongRoutes(routes, 20);
        assertThat(pricing).isNotNull();

        for (RouteTrials route : routes) {
            RouteTrials afresh = new RouteTrials(route.route(), PlanCosts.DEFAULT);
            afresh.replaceTasks(route.tasks());
            afresh.refresh();
            for (Task task : plan.getTasks().subList(50, 60)) {
                assertThat(pricing.cheapest(route, task)).isEqualTo(pricing.cheapest(afresh, task));
            }
        }
    }
}
