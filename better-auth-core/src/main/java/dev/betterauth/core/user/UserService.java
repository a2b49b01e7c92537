package dev.betterauth.core.user;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changes a signed-in user's own profile ({@code update-user}): the name and image. The
 * email is not changed here: it came from a provider and decides linking.
 */
public class UserService {

	private final UserStore users;

	private final TransactionTemplate transactions;

	private final Clock clock;

	public UserService(UserStore users, TransactionTemplate transactions, Clock clock) {
		this.users = users;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Updates the fields the request names.
	 * @param userId the user
	 * @param update what to change
	 * @return the user as updated
	 */
	public User update(String userId, ProfileUpdate update) {
		return this.transactions.execute((status) -> {
			User user = this.users.findById(userId).orElseThrow(() -> new IllegalStateException("No user " + userId));
			boolean changed = false;
			if (update.name() != null && !update.name().equals(user.getName())) {
				user.setName(update.name());
				changed = true;
			}
			if (update.setsImage() && !Objects.equals(update.image(), user.getImage())) {
				user.setImage(update.image());
				changed = true;
			}
			if (changed) {
				user.setUpdatedAt(Instant.now(this.clock).truncatedTo(ChronoUnit.MILLIS));
				this.users.update(user);
			}
			return user;
		});
	}

	/**
	 * A change to a user's profile.
	 *
	 * @param name the new name, or {@code null} to keep it
	 * @param setsImage whether the image changes (it may change to {@code null})
	 * @param image the new image URL, or {@code null} to remove it
	 */
	public record ProfileUpdate(@Nullable String name, boolean setsImage, @Nullable String image) {

	}

}
