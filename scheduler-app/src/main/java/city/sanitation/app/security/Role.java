package city.sanitation.app.security;

/**
 * What an account may do. Admins manage accounts and district data; dispatchers plan, re-plan and publish in their
 * districts; managers read and compare their districts' plans and set the nightly schedule; a crew reads its own route
 * and reports its own tasks; a reporter (a program such as a city's hotline) files blind-spot reports.
 */
public enum Role {
    ADMIN,
    DISPATCHER,
    MANAGER,
    CREW,
    REPORTER
}
