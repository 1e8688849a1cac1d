package dev.tradehub.web.portal.access;

import dev.tradehub.access.InvalidAccessChange;
import dev.tradehub.access.PortalUserView;
import dev.tradehub.access.PortalUsers;
import dev.tradehub.access.Role;
import dev.tradehub.web.portal.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;

/** Portal users: add one, change a role or disable an account, set a new password. */
@Named
@ViewScoped
public class UserAdministration implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient PortalUsers users;

    @Inject
    private CurrentUser user;

    private List<PortalUserView> list;
    private String newUsername;
    private Role newRole = Role.VIEWER;
    private String newPassword;
    private String passwordFor;
    private String password;
    /** The role and enabled flag each row's controls edit, by username. */
    private final java.util.Map<String, Role> roles = new java.util.HashMap<>();
    private final java.util.Map<String, Boolean> enabled = new java.util.HashMap<>();

    public List<PortalUserView> getList() {
        if (list == null) {
            list = users.list();
            roles.clear();
            enabled.clear();
            list.forEach(u -> {
                roles.put(u.username(), u.role());
                enabled.put(u.username(), u.enabled());
            });
        }
        return list;
    }

    public void create() {
        if (!user.permits(Role.ADMIN, "manage users")) {
            return;
        }
        try {
            PortalUserView created = users.create(newUsername, newRole, newPassword, user.actor());
            Messages.addGlobalInfo("User {0} added as {1}.", created.username(), created.role());
            newUsername = null;
            newPassword = null;
            newRole = Role.VIEWER;
        } catch (InvalidAccessChange refused) {
            Messages.addGlobalError(refused.getMessage());
        }
        newPassword = null;
        list = null;
    }

    /** Saves the row's role and enabled flag. */
    public void update(String username) {
        if (!user.permits(Role.ADMIN, "manage users")) {
            return;
        }
        Role role = roles.get(username);
        boolean on = Boolean.TRUE.equals(enabled.get(username));
        try {
            users.update(username, role, on, user.actor());
            Messages.addGlobalInfo("User {0}: {1}, {2}.", username, role, on ? "enabled" : "disabled");
        } catch (InvalidAccessChange refused) {
            Messages.addGlobalError(refused.getMessage());
        }
        list = null;
    }

    public java.util.Map<String, Role> getRolesByUser() {
        return roles;
    }

    public java.util.Map<String, Boolean> getEnabledByUser() {
        return enabled;
    }

    public void changePassword() {
        if (!user.permits(Role.ADMIN, "manage users")) {
            return;
        }
        try {
            users.changePassword(passwordFor, password, user.actor());
            Messages.addGlobalInfo("New password set for {0}.", passwordFor);
        } catch (InvalidAccessChange refused) {
            Messages.addGlobalError(refused.getMessage());
        }
        password = null;
        list = null;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public Role getNewRole() {
        return newRole;
    }

    public void setNewRole(Role newRole) {
        this.newRole = newRole;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getPasswordFor() {
        return passwordFor;
    }

    public void setPasswordFor(String passwordFor) {
        this.passwordFor = passwordFor;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
