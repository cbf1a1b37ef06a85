package nl.reintsim.simulation.observation;

/**
 * The model's only way out. The model reports events and never reads anything back, so outputs can
 * change without touching the model. One observer per replication; it is called from one thread.
 */
@FunctionalInterface
public interface Observer {
    void on(ModelEvent event);

    Observer NONE = event -> { };
}
