package city.sanitation.app.security;

import city.sanitation.app.district.DistrictRepository;
import city.sanitation.app.infra.BadRequestException;
import city.sanitation.app.infra.BadRequestException.FieldProblem;
import city.sanitation.app.infra.ConflictException;
import city.sanitation.app.infra.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts, changes passwords and checks both; every refusal names the field and the reason. */
@Service
public class Accounts {

    /** Long enough that guessing is hopeless at the sign-in's throttled rate. */
    static final int MINIMUM_PASSWORD_LENGTH = 10;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final AccountRepository repository;
    private final DistrictRepository districts;
    private final PasswordEncoder passwords;

    Accounts(AccountRepository repository, DistrictRepository districts, PasswordEncoder passwords) {
        this.repository = repository;
        this.districts = districts;
        this.passwords = passwords;
    }

    /** Creates the account; refused with a 400 naming each bad field, or a 409 when the name is taken. */
    @Transactional
    public Account create(NewAccount account, boolean mustChangePassword) {
        List<FieldProblem> problems = problems(account);
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        String hash = account.password() == null ? null : passwords.encode(account.password());
        long id = repository
                .insert(account, hash, mustChangePassword)
                .orElseThrow(() -> new ConflictException(
                        "The username (%s) is taken.%nMaybe choose another one.".formatted(account.username())));
        return repository.byId(id).orElseThrow();
    }

    public Account get(String username) {
        return repository.byUsername(username).orElseThrow(() -> new NotFoundException("account", username));
    }

    public List<Account> all() {
        return repository.all();
    }

    @Transactional
    public Account setEnabled(String username, boolean enabled) {
        Account account = get(username);
        repository.setEnabled(account.id(), enabled);
        return repository.byId(account.id()).orElseThrow();
    }

    /** An admin sets a new password; the account must change it at its next sign-in. */
    @Transactional
    public void resetPassword(String username, String password) {
        Account account = get(username);
        checkNewPassword("password", password, account.username());
        repository.setPassword(account.id(), passwords.encode(password), true);
    }

    /** The account changes its own password, proving it knows the current one. */
    @Transactional
    public void changeOwnPassword(long accountId, String currentPassword, String newPassword) {
        Account account = repository.byId(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        String hash = repository
                .signInState(account.username())
                .map(AccountRepository.SignInState::passwordHash)
                .orElse(null);
        if (hash == null || currentPassword == null || !passwords.matches(currentPassword, hash)) {
            throw new BadRequestException("currentPassword", "is not this account's password");
        }
        checkNewPassword("newPassword", newPassword, account.username());
        if (newPassword.equals(currentPassword)) {
            throw new BadRequestException("newPassword", "must differ from the current password");
        }
        repository.setPassword(account.id(), passwords.encode(newPassword), false);
    }

    /** More than any city has; a longer list is a client's mistake, checked one database lookup per district. */
    private static final int MAX_DISTRICTS = 100;

    private List<FieldProblem> problems(NewAccount account) {
        List<FieldProblem> problems = new ArrayList<>();
        if (account.username() == null || !USERNAME.matcher(account.username()).matches()) {
            problems.add(new FieldProblem(
                    "username", "must be 2 to 64 lower-case letters, digits, dots, dashes or underscores"));
        }
        if (account.displayName() == null
                || account.displayName().isBlank()
                || account.displayName().length() > 100) {
            problems.add(new FieldProblem("displayName", "is required, at most 100 characters"));
        }
        if (account.role() == null) {
            problems.add(new FieldProblem("role", "is required: one of ADMIN, DISPATCHER, MANAGER, CREW, REPORTER"));
            return problems;
        }
        if (account.password() != null) {
            try {
                checkNewPassword("password", account.password(), account.username());
            } catch (BadRequestException e) {
                problems.addAll(e.problems());
            }
        }
        if (account.districts().size() > MAX_DISTRICTS) {
            problems.add(new FieldProblem(
                    "districts", "names " + account.districts().size() + " districts, at most " + MAX_DISTRICTS));
            return problems;
        }
        if (account.crewVehicleId() != null && account.crewVehicleId().length() > 64) {
            problems.add(new FieldProblem("crewVehicleId", "must be at most 64 characters"));
        }
        for (String district : account.districts()) {
            if (districts.find(district).isEmpty()) {
                problems.add(new FieldProblem("districts", "names an unknown district (" + district + ")"));
            }
        }
        switch (account.role()) {
            case CREW -> {
                if (account.crewDistrictId() == null
                        || districts.find(account.crewDistrictId()).isEmpty()) {
                    problems.add(new FieldProblem("crewDistrictId", "must name a known district for a crew account"));
                }
                if (account.crewVehicleId() == null || account.crewVehicleId().isBlank()) {
                    problems.add(new FieldProblem("crewVehicleId", "must name the crew's vehicle"));
                }
                if (!account.districts().isEmpty()) {
                    problems.add(new FieldProblem("districts", "must be empty for a crew: it works on its vehicle's"));
                }
            }
            case ADMIN -> {
                if (!account.districts().isEmpty()) {
                    problems.add(new FieldProblem("districts", "must be empty for an admin: it works on every one"));
                }
                crewFieldsEmpty(account, problems);
            }
            default -> {
                if (account.districts().isEmpty()) {
                    problems.add(new FieldProblem("districts", "must name at least one district"));
                }
                crewFieldsEmpty(account, problems);
            }
        }
        return problems;
    }

    private static void crewFieldsEmpty(NewAccount account, List<FieldProblem> problems) {
        if (account.crewDistrictId() != null || account.crewVehicleId() != null) {
            problems.add(new FieldProblem("crewVehicleId", "is only for crew accounts"));
        }
    }

    private static void checkNewPassword(String field, String password, String username) {
        if (password == null || password.length() < MINIMUM_PASSWORD_LENGTH) {
            throw new BadRequestException(field, "must be at least " + MINIMUM_PASSWORD_LENGTH + " characters");
        }
        if (password.length() > 128) {
            throw new BadRequestException(field, "must be at most 128 characters");
        }
        if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            throw new BadRequestException(field, "must not contain the username");
        }
    }
}
