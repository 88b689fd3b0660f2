package city.sanitation.app.security;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log: a district's to its managers (and admins), everything to admins. */
@RestController
class AuditController {

    private static final int MAX_ENTRIES = 1000;

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/audit")
    @PreAuthorize("@access.admin()")
    List<AuditLog.AuditEntry> all(@RequestParam(defaultValue = "200") int limit) {
        return audit.newest(null, Math.max(1, Math.min(limit, MAX_ENTRIES)));
    }

    @GetMapping("/api/districts/{districtId}/audit")
    @PreAuthorize("@access.manage(#districtId)")
    List<AuditLog.AuditEntry> ofDistrict(
            @PathVariable String districtId, @RequestParam(defaultValue = "200") int limit) {
        return audit.newest(districtId, Math.max(1, Math.min(limit, MAX_ENTRIES)));
    }
}
